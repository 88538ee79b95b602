import { Parser } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_IDS,
  grammarOf,
  hasGrammar,
  isKnownLanguage,
  languageForPath,
  loadLanguage,
} from './languages.js';

describe('languageForPath', () => {
  it.each([
    ['src/app.js', 'javascript'],
    ['src/app.mjs', 'javascript'],
    ['src/app.cjs', 'javascript'],
    ['src/App.jsx', 'javascript'],
    ['src/app.ts', 'typescript'],
    ['src/app.mts', 'typescript'],
    ['src/app.cts', 'typescript'],
    ['types/index.d.ts', 'typescript'],
    ['src/App.tsx', 'tsx'],
    ['tools/run.py', 'python'],
    ['tools/gui.pyw', 'python'],
    ['cmd/main.go', 'go'],
    ['src/Main.java', 'java'],
    ['lib/task.rb', 'ruby'],
    ['Rakefile', 'ruby'],
    ['sub/Gemfile', 'ruby'],
    ['web/index.php', 'php'],
    ['src/Program.cs', 'csharp'],
    ['src/main.rs', 'rust'],
    ['src/main.cpp', 'cpp'],
    ['src/main.cc', 'cpp'],
    ['include/x.hpp', 'cpp'],
    ['src/main.c', 'c'],
    ['include/x.h', 'c'],
    ['scripts/build.sh', 'shell'],
    ['scripts/build.bash', 'shell'],
    ['home/.zshrc', 'shell'],
    ['deploy.zsh', 'shell'],
    ['profile.ps1', 'powershell'],
    ['site.css', 'css'],
    ['setup.cfg', 'ini'],
    ['php.ini', 'ini'],
    ['.npmrc', 'ini'],
    ['Dockerfile', 'dockerfile'],
    ['docker/Dockerfile.prod', 'dockerfile'],
    ['api.dockerfile', 'dockerfile'],
    ['.env', 'dotenv'],
    ['config/.env.local', 'dotenv'],
    ['prod.env', 'dotenv'],
    ['ci.yml', 'yaml'],
    ['k8s/deploy.yaml', 'yaml'],
    ['package.json', 'json'],
    ['tsconfig.jsonc', 'json'],
    ['Cargo.toml', 'toml'],
    ['app.properties', 'properties'],
    ['pom.xml', 'xml'],
    ['index.html', 'html'],
    ['README.md', 'markdown'],
    ['C:\\work\\src\\App.TSX', 'tsx'],
    ['SRC/MAIN.PY', 'python'],
  ])('%s → %s', (file, lang) => {
    expect(languageForPath(file)).toBe(lang);
  });

  it.each(['LICENSE', 'Makefile', 'image.png', 'archive.tar.gz', 'notes.', '.gitignore', 'dir.js/file'])(
    '%s has no language',
    (file) => {
      expect(languageForPath(file)).toBeUndefined();
    },
  );

  it('lets overrides by extension and by glob win, in their order', () => {
    const overrides = {
      '.es6': 'javascript',
      '.JSON': 'yaml',
      'scripts/*': 'shell',
      '**/fixtures/**/*.txt': 'python',
      'Jenkinsfile': 'java',
      '*.{tpl,tmpl}': 'html',
    };
    expect(languageForPath('a/b.es6', overrides)).toBe('javascript');
    expect(languageForPath('a/b.json', overrides)).toBe('yaml');
    expect(languageForPath('scripts/deploy', overrides)).toBe('shell');
    // One glob syntax everywhere: like .gitignore, a pattern that matches a directory covers what is inside it.
    expect(languageForPath('scripts/sub/deploy', overrides)).toBe('shell');
    expect(languageForPath('x/fixtures/y/z.txt', overrides)).toBe('python');
    expect(languageForPath('fixtures/z.txt', overrides)).toBe('python');
    expect(languageForPath('ci/Jenkinsfile', overrides)).toBe('java');
    expect(languageForPath('views/a.tmpl', overrides)).toBe('html');
    expect(languageForPath('a/b.ts', overrides)).toBe('typescript');
  });
});

describe('grammars', () => {
  const snippets: Record<string, string> = {
    javascript: 'const el = <div className="a">{x}</div>;\nexport function f(a) { return a ?? 1; }\n',
    typescript: 'export function f<T>(a: T): T { return a as T; }\nconst x: number = <number>y;\n',
    tsx: 'export const C = (p: { n: number }) => <b>{p.n}</b>;\n',
    python: 'def f(a: int) -> int:\n    return a * 2\n',
    go: 'package main\n\nfunc main() { println("x") }\n',
    java: 'class A { void f() { System.out.println("x"); } }\n',
    ruby: 'def f(a)\n  puts "x#{a}"\nend\n',
    php: '<?php\nfunction f($a) { echo "x$a"; }\n',
    csharp: 'class A { void F() { System.Console.WriteLine("x"); } }\n',
    rust: 'fn main() { println!("x"); }\n',
    cpp: 'int main() { std::cout << "x"; return 0; }\n',
    c: '#include <stdio.h>\nint main(void) { printf("x"); return 0; }\n',
    shell: '#!/bin/sh\nfor f in *.txt; do echo "$f"; done\n',
    powershell: '$x = Get-Item "a"\nWrite-Output $x\n',
    css: 'a { color: red; }\n',
    ini: '[section]\nkey = value\n',
  };

  it('has a snippet for every language with a grammar, and no grammar for plain-text ids', () => {
    const withGrammar = LANGUAGE_IDS.filter((l) => hasGrammar(l));
    expect(withGrammar.sort()).toEqual(Object.keys(snippets).sort());
    for (const plain of ['dockerfile', 'dotenv', 'yaml', 'json', 'toml', 'properties', 'xml', 'html', 'markdown']) {
      expect(isKnownLanguage(plain)).toBe(true);
      expect(hasGrammar(plain)).toBe(false);
    }
    expect(hasGrammar(undefined)).toBe(false);
    expect(grammarOf('shell')).toBe('bash');
  });

  it.each(Object.entries(snippets))('%s loads and parses a snippet without errors', async (lang, code) => {
    const language = await loadLanguage(lang);
    const parser = new Parser();
    try {
      parser.setLanguage(language);
      const tree = parser.parse(code)!;
      try {
        expect(tree.rootNode.hasError, tree.rootNode.toString()).toBe(false);
        expect(tree.rootNode.endIndex).toBe(code.length);
      } finally {
        tree.delete();
      }
    } finally {
      parser.delete();
    }
  });

  it('loads each grammar once per thread and shares it between ids with the same grammar', async () => {
    const [a, b] = await Promise.all([loadLanguage('python'), loadLanguage('python')]);
    expect(a).toBe(b);
    expect(await loadLanguage('c')).toBe(await loadLanguage('cpp'));
  });

  it('refuses languages without a grammar', async () => {
    await expect(loadLanguage('yaml')).rejects.toThrow(/"yaml" has no tree-sitter grammar/);
    await expect(loadLanguage('cobol')).rejects.toThrow(/"cobol" has no tree-sitter grammar/);
  });
});

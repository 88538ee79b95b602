// Fixture for injection.xss-react-dangerously-set-inner-html (TSX).
import { useEffect, useState } from 'react';
import type { FC } from 'react';
import DOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';

interface Post {
  id: string;
  title: string;
  contentHtml: string;
}

const DISCLAIMER: string = '<p class="fine-print">Opinions are the author&rsquo;s own.</p>';

export const PostBody: FC<{ post: Post }> = (props) => (
  // ruleid: injection.xss-react-dangerously-set-inner-html
  <div className="post" dangerouslySetInnerHTML={{ __html: props.post.contentHtml }} />
);

export function RemoteSnippet(props: { url: string }) {
  const [snippet, setSnippet] = useState<string>('');
  useEffect(() => {
    fetch(props.url)
      .then((r) => r.text())
      .then(setSnippet);
  }, [props.url]);
  const html = `<div class="snippet">${snippet}</div>${props.url}`;
  // ruleid: injection.xss-react-dangerously-set-inner-html
  return <aside dangerouslySetInnerHTML={{ __html: html as string }} />;
}

export function Highlight(props: { text: string; term: string }) {
  const marked = props.text.split(props.term).join(`<mark>${props.term}</mark>`);
  // ruleid: injection.xss-react-dangerously-set-inner-html
  return <span dangerouslySetInnerHTML={{ __html: marked }} />;
}

// ---- safe ----

export function Disclaimer() {
  // ok: injection.xss-react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: DISCLAIMER }} />;
}

export function SafePost(props: { post: Post }) {
  const clean = sanitizeHtml(props.post.contentHtml, { allowedTags: ['b', 'i', 'em', 'strong', 'a'] });
  return (
    <article>
      <h1>{props.post.title}</h1>
      <div
        // ok: injection.xss-react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: clean }}
      />
      <div
        // ok: injection.xss-react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(props.post.contentHtml) }}
      />
    </article>
  );
}

export function Title(props: { post: Post }) {
  // ok: injection.xss-react-dangerously-set-inner-html
  return <h1 title={props.post.title}>{props.post.title}</h1>;
}

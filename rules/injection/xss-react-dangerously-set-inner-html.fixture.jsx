// Fixture for injection.xss-react-dangerously-set-inner-html (JSX, parsed by the javascript grammar).
import React, { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import escapeHtml from 'escape-html';

const LEGAL = '<small>&copy; 2024 Example Corp. All rights reserved.</small>';

export function Comment(props) {
  return (
    <article className="comment">
      <header>{props.author}</header>
      <div
        className="body"
        // ruleid: injection.xss-react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: props.body }}
      />
    </article>
  );
}

export function MarkdownPreview(props) {
  const { source } = props;
  const html = marked.parse(source);
  // ruleid: injection.xss-react-dangerously-set-inner-html
  return <section className="md" dangerouslySetInnerHTML={{ __html: html }} />;
}

export const SearchHeader = (props) => {
  const query = new URLSearchParams(window.location.search).get('q');
  return (
    <h2
      // ruleid: injection.xss-react-dangerously-set-inner-html
      dangerouslySetInnerHTML={{ __html: `Results for <em>${query}</em> (${props.total})` }}
    />
  );
};

export function Bio(props) {
  const markup = { __html: props.user.bio };
  // ruleid: injection.xss-react-dangerously-set-inner-html
  return <p dangerouslySetInnerHTML={markup} />;
}

export function Widget(props) {
  // ruleid: injection.xss-react-dangerously-set-inner-html
  return React.createElement('div', { className: 'widget', dangerouslySetInnerHTML: { __html: props.embed } });
}

// ---- safe ----

export function Footer() {
  // ok: injection.xss-react-dangerously-set-inner-html
  return <footer dangerouslySetInnerHTML={{ __html: LEGAL }} />;
}

export function Icon() {
  // ok: injection.xss-react-dangerously-set-inner-html
  return <i dangerouslySetInnerHTML={{ __html: '<svg viewBox="0 0 16 16"><path d="M0 0h16v16H0z"/></svg>' }} />;
}

export function SafePreview(props) {
  const clean = DOMPurify.sanitize(marked.parse(props.source));
  return (
    <div>
      <section
        // ok: injection.xss-react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: clean }}
      />
      <p
        // ok: injection.xss-react-dangerously-set-inner-html
        dangerouslySetInnerHTML={{ __html: `By <b>${escapeHtml(props.author)}</b>` }}
      />
    </div>
  );
}

export function PlainText(props) {
  // ok: injection.xss-react-dangerously-set-inner-html
  return <div title={props.title}>{props.body}</div>;
}

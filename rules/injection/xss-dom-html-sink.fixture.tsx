// Fixture for injection.xss-dom-html-sink (TSX: a React component writing to the DOM through a ref).
import { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

const PLACEHOLDER = '<p class="placeholder">Loading&hellip;</p>';

export function Embed(props: { snippet: string; sanitize?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!ref.current) return;
    // ok: injection.xss-dom-html-sink
    ref.current.innerHTML = PLACEHOLDER;
    if (props.sanitize) {
      // ok: injection.xss-dom-html-sink
      ref.current.innerHTML = DOMPurify.sanitize(props.snippet);
    } else {
      // ruleid: injection.xss-dom-html-sink
      ref.current.innerHTML = props.snippet;
    }
  }, [props.snippet, props.sanitize]);

  return <div ref={ref} className="embed" />;
}

export function Tooltip<T extends { label: string }>(props: { item: T }) {
  const onEnter = (e: React.MouseEvent<HTMLElement>) => {
    const tip = document.getElementById('tip')!;
    // ruleid: injection.xss-dom-html-sink
    tip.insertAdjacentHTML('beforeend', `<span>${props.item.label}</span>`);
    // ok: injection.xss-dom-html-sink
    tip.textContent = props.item.label;
    e.stopPropagation();
  };
  return <span onMouseEnter={onEnter}>{props.item.label}</span>;
}

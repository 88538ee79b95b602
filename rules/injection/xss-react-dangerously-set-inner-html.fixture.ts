// Fixture for injection.xss-react-dangerously-set-inner-html (TypeScript without JSX: createElement).
import { createElement } from 'react';
import type { ReactElement } from 'react';
import DOMPurify from 'dompurify';

interface Banner {
  headline: string;
  html: string;
}

const BADGE = '<span class="badge">beta</span>';

export function banner(data: Banner): ReactElement {
  // ruleid: injection.xss-react-dangerously-set-inner-html
  return createElement('div', { className: 'banner', dangerouslySetInnerHTML: { __html: data.html } });
}

export function headline(data: Banner): ReactElement {
  const props = {
    // ruleid: injection.xss-react-dangerously-set-inner-html
    dangerouslySetInnerHTML: { __html: `<h1>${data.headline}</h1>` },
  };
  return createElement('header', props);
}

export function safeBanner(data: Banner): ReactElement {
  // ok: injection.xss-react-dangerously-set-inner-html
  return createElement('div', { dangerouslySetInnerHTML: { __html: DOMPurify.sanitize(data.html) } });
}

export function badge(): ReactElement {
  // ok: injection.xss-react-dangerously-set-inner-html
  return createElement('span', { dangerouslySetInnerHTML: { __html: BADGE } });
}

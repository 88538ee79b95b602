// Fixture for injection.xss-dom-html-sink (TypeScript).
import DOMPurify from 'dompurify';
import { escape } from 'lodash';

interface Notification {
  title: string;
  body: string;
}

const EMPTY_STATE = '<p class="muted">Nothing here yet.</p>';

export class NotificationPanel {
  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  render(items: Notification[]): void {
    const rows = items.map((n) => `<li><h4>${n.title}</h4><p>${n.body}</p></li>`).join('');
    // ruleid: injection.xss-dom-html-sink
    this.root.innerHTML = `<ul>${rows}</ul>`;
  }

  toast(message: string): void {
    const host = document.querySelector<HTMLDivElement>('#toasts')!;
    // ruleid: injection.xss-dom-html-sink
    host!.insertAdjacentHTML('afterbegin', '<div class="toast">' + message + '</div>');
  }

  showError(err: Error): void {
    // ruleid: injection.xss-dom-html-sink
    (this.root.querySelector('.error') as HTMLElement).innerHTML = err.message as string;
  }

  fromQuery(): void {
    const name = new URL(window.location.href).searchParams.get('name') ?? '';
    // ruleid: injection.xss-dom-html-sink
    this.root.outerHTML = `<section>Welcome ${name}</section>`;
  }

  // ---- safe ----

  empty(): void {
    // ok: injection.xss-dom-html-sink
    this.root.innerHTML = EMPTY_STATE;
    // ok: injection.xss-dom-html-sink
    this.root.innerHTML = '' as string;
  }

  renderSafe(items: Notification[]): void {
    const rows = items.map((n) => `<li>${escape(n.title)}</li>`).join('');
    // ok: injection.xss-dom-html-sink
    this.root.innerHTML = DOMPurify.sanitize(`<ul>${rows}</ul>`);
  }

  count(items: Notification[]): void {
    const badge = this.root.querySelector('.count') as HTMLElement;
    // ok: injection.xss-dom-html-sink
    badge.innerHTML = items.length.toFixed(0);
    // ok: injection.xss-dom-html-sink
    badge.textContent = `${items.length} new`;
  }
}

// Fixture for injection.xss-dom-html-sink (JavaScript, browser code).
import DOMPurify from 'dompurify';
import escapeHtml from 'escape-html';
import { marked } from 'marked';
import he from 'he';
import _ from 'lodash';

const SPINNER = '<span class="spinner" aria-hidden="true"></span>';

function showSearchTerm() {
  const params = new URLSearchParams(window.location.search);
  const q = params.get('q');
  // ruleid: injection.xss-dom-html-sink
  document.getElementById('term').innerHTML = 'Results for <b>' + q + '</b>';
}

function renderComment(comment) {
  const li = document.createElement('li');
  // ruleid: injection.xss-dom-html-sink
  li.innerHTML = `<strong>${comment.author}</strong>: ${comment.text}`;
  return li;
}

function fromHash() {
  // ruleid: injection.xss-dom-html-sink
  document.querySelector('#greeting').outerHTML = decodeURIComponent(location.hash.slice(1));
}

async function loadNews(container) {
  const res = await fetch('/api/news');
  const items = await res.json();
  let html = '<ul>';
  for (const item of items) {
    html += '<li>' + item.title + '</li>';
  }
  html += '</ul>';
  // ruleid: injection.xss-dom-html-sink
  container.innerHTML = html;
}

function appendRow(table, row) {
  // ruleid: injection.xss-dom-html-sink
  table.insertAdjacentHTML('beforeend', `<tr><td>${row.name}</td><td>${row.email}</td></tr>`);
}

function preview(markdown) {
  // ruleid: injection.xss-dom-html-sink
  document.getElementById('preview').innerHTML = marked.parse(markdown);
}

function legacyBanner(message) {
  // ruleid: injection.xss-dom-html-sink
  document.write('<div class="banner">' + message + '</div>');
  // ruleid: injection.xss-dom-html-sink
  window.document.writeln(message);
}

function openPreview(html) {
  const frame = document.createElement('iframe');
  // ruleid: injection.xss-dom-html-sink
  frame.srcdoc = html;
  const win = window.open('', '_blank');
  // ruleid: injection.xss-dom-html-sink
  win.document.write(html);
}

function fragment(snippet) {
  const range = document.createRange();
  // ruleid: injection.xss-dom-html-sink
  return range.createContextualFragment(snippet);
}

window.addEventListener('message', (event) => {
  // ruleid: injection.xss-dom-html-sink
  document.getElementById('inbox').innerHTML += event.data;
});

function copyTitle(target) {
  // ruleid: injection.xss-dom-html-sink
  target.innerHTML = document.querySelector('h1').textContent;
}

function jqueryWidgets(user) {
  // ruleid: injection.xss-dom-html-sink
  $('#profile .name').html(user.displayName);
  // ruleid: injection.xss-dom-html-sink
  $('#list').append('<li class="user">' + user.displayName + '</li>');
  // ruleid: injection.xss-dom-html-sink
  const badge = $(`<span class="badge">${user.role}</span>`);
  return badge;
}

// ---- safe ----

function constants(el) {
  // ok: injection.xss-dom-html-sink
  el.innerHTML = '';
  // ok: injection.xss-dom-html-sink
  el.innerHTML = '<p class="empty">No results</p>';
  // ok: injection.xss-dom-html-sink
  el.innerHTML = SPINNER;
  const footer = '<footer>' + 'v' + 2 + '</footer>';
  // ok: injection.xss-dom-html-sink
  el.insertAdjacentHTML('beforeend', footer);
  // ok: injection.xss-dom-html-sink
  document.write('<script src="/legacy.js"></script>');
}

function sanitized(el, comment) {
  // ok: injection.xss-dom-html-sink
  el.innerHTML = DOMPurify.sanitize(comment.body);
  const clean = DOMPurify.sanitize(marked.parse(comment.body), { USE_PROFILES: { html: true } });
  // ok: injection.xss-dom-html-sink
  el.innerHTML = clean;
  // ok: injection.xss-dom-html-sink
  el.innerHTML = `<strong>${escapeHtml(comment.author)}</strong>: ${he.encode(comment.text)}`;
  // ok: injection.xss-dom-html-sink
  el.insertAdjacentHTML('afterbegin', '<em>' + _.escape(comment.author) + '</em>');
}

function toggle(el, expanded) {
  // ok: injection.xss-dom-html-sink
  el.innerHTML = expanded ? '<span class="icon-up"></span>' : '<span class="icon-down"></span>';
  // ruleid: injection.xss-dom-html-sink
  el.innerHTML = expanded ? el.dataset.fullText : '<em>collapsed</em>';
}

function textOnly(el, name, items) {
  // ok: injection.xss-dom-html-sink
  el.textContent = name;
  // ok: injection.xss-dom-html-sink
  el.innerText = `Hello ${name}`;
  // ok: injection.xss-dom-html-sink
  el.innerHTML = items.length;
  // ok: injection.xss-dom-html-sink
  el.innerHTML = parseInt(name, 10);
  // ok: injection.xss-dom-html-sink
  const current = el.innerHTML;
  return current;
}

function lookAlikes(stream, doc, res, chunk, template) {
  // ok: injection.xss-dom-html-sink
  stream.write(chunk);
  // ok: injection.xss-dom-html-sink
  res.write(chunk);
  // ok: injection.xss-dom-html-sink
  template.html(chunk);
  // ok: injection.xss-dom-html-sink
  $('#list').append(chunk);
  // ok: injection.xss-dom-html-sink
  $('#list').html();
  // ok: injection.xss-dom-html-sink
  other.innerHTML = doc.body.innerHTML;
}

export { showSearchTerm, renderComment, fromHash, loadNews, appendRow, preview, legacyBanner, openPreview, fragment, copyTitle, jqueryWidgets, constants, sanitized, textOnly, lookAlikes, toggle };

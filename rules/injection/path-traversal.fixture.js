// Fixture for injection.path-traversal (JavaScript: Express, Koa, Node http).
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const http = require('http');
const express = require('express');
const { readFile } = require('fs/promises');
const sanitize = require('sanitize-filename');

const app = express();
const UPLOAD_DIR = path.join(__dirname, 'uploads');
const REPORTS = { monthly: 'monthly.pdf', yearly: 'yearly.pdf' };

app.get('/files', (req, res) => {
  const name = req.query.name;
  // ruleid: injection.path-traversal
  fs.readFile(path.join(UPLOAD_DIR, name), 'utf8', (err, data) => {
    if (err) return res.status(404).end();
    res.send(data);
  });
});

app.get('/download/:file', (req, res) => {
  // ruleid: injection.path-traversal
  res.download(`${UPLOAD_DIR}/${req.params.file}`);
});

app.get('/raw', (req, res) => {
  const target = path.resolve(UPLOAD_DIR, req.query.path);
  // ruleid: injection.path-traversal
  res.sendFile(target);
});

app.delete('/files/:name', async (req, res) => {
  const { name } = req.params;
  // ruleid: injection.path-traversal
  await fsp.unlink(path.join(UPLOAD_DIR, name));
  res.sendStatus(204);
});

app.post('/notes', async (req, res) => {
  const file = UPLOAD_DIR + '/' + req.body.title + '.txt';
  // ruleid: injection.path-traversal
  await fs.promises.writeFile(file, req.body.text);
  res.sendStatus(201);
});

app.get('/stream', (req, res) => {
  // ruleid: injection.path-traversal
  const stream = fs.createReadStream(path.join(UPLOAD_DIR, req.get('X-File')));
  stream.pipe(res);
});

app.get('/imported', async (req, res) => {
  // ruleid: injection.path-traversal
  res.send(await readFile(path.join(UPLOAD_DIR, req.query.f)));
});

app.post('/upload', (req, res) => {
  const doc = req.files.doc;
  // ruleid: injection.path-traversal
  doc.mv(path.join(UPLOAD_DIR, doc.name), () => res.sendStatus(201));
});

// Node's own http server: the URL path straight into the file system
http.createServer((req, res) => {
  // ruleid: injection.path-traversal
  fs.readFile(__dirname + '/public' + req.url, (err, body) => res.end(body));
});

// Safe cases

app.get('/safe/basename', (req, res) => {
  const name = path.basename(req.query.name);
  // ok: injection.path-traversal
  fs.readFile(path.join(UPLOAD_DIR, name), (err, data) => res.send(data));
});

app.get('/safe/root', (req, res) => {
  // ok: injection.path-traversal
  res.sendFile(req.params.file, { root: UPLOAD_DIR });
});

app.get('/safe/root-shorthand', (req, res) => {
  const root = UPLOAD_DIR;
  // ok: injection.path-traversal
  res.download(req.query.file, 'report.pdf', { root, dotfiles: 'deny' });
});

app.get('/safe/report', (req, res) => {
  const file = REPORTS[req.query.kind];
  // ok: injection.path-traversal
  res.sendFile(path.join(__dirname, 'reports', file));
});

app.get('/safe/sanitized', (req, res) => {
  // ok: injection.path-traversal
  fs.createReadStream(path.join(UPLOAD_DIR, sanitize(req.query.name))).pipe(res);
});

app.get('/safe/id', (req, res) => {
  const id = parseInt(req.params.id, 10);
  // ok: injection.path-traversal
  fs.readFile(`${UPLOAD_DIR}/${id}.json`, (err, data) => res.send(data));
});

app.get('/safe/constant', (req, res) => {
  // ok: injection.path-traversal
  fs.readFile(path.join(__dirname, 'static', 'index.html'), (err, data) => res.send(data));
});

app.post('/safe/multer', (req, res) => {
  // multer stored the upload under a name it generated itself
  // ok: injection.path-traversal
  fs.readFile(req.file.path, (err, data) => res.send(data.length));
});

function loadTemplate(name) {
  // not request data: a caller passes a name from configuration
  // ok: injection.path-traversal
  return fs.readFileSync(path.join(__dirname, 'templates', name), 'utf8');
}

app.get('/safe/content', async (req, res) => {
  // the data written is the client's, the path is fixed
  // ok: injection.path-traversal
  await fsp.writeFile(path.join(UPLOAD_DIR, 'latest.txt'), req.body.text);
  res.send(loadTemplate('done.html'));
});

app.get('/safe/document/:id', async (req, res) => {
  // the path is the one stored with the record, not anything the client sent
  const doc = await Document.findById(req.params.id);
  // ok: injection.path-traversal
  res.sendFile(doc.storagePath);
});

app.post('/safe/avatar', (req, res) => {
  const ext = path.extname(req.files.avatar.name);
  // ok: injection.path-traversal
  req.files.avatar.mv(path.join(UPLOAD_DIR, `${Date.now()}${ext}`), () => res.sendStatus(201));
});

const Document = { findById: async (id) => ({ storagePath: `/srv/docs/${Number(id)}.pdf` }) };
module.exports = app;

// Fixture for injection.eval-non-literal (JavaScript).
'use strict';

function runUserFormula(req) {
  const formula = req.query.formula;
  // ruleid: injection.eval-non-literal
  return eval(formula);
}

function runTemplate(name) {
  // ruleid: injection.eval-non-literal
  return eval(`render_${name}()`);
}

function concatenated(prefix) {
  // ruleid: injection.eval-non-literal
  eval('var result = ' + prefix);
}

function throughWindow(code) {
  // ruleid: injection.eval-non-literal
  window.eval(code);
  // ruleid: injection.eval-non-literal
  globalThis.eval(code);
}

function buildFunction(body) {
  // ruleid: injection.eval-non-literal
  const fn = new Function('a', 'b', body);
  return fn(1, 2);
}

function later(id) {
  // ruleid: injection.eval-non-literal
  setTimeout('refresh(' + id + ')', 100);
  // ruleid: injection.eval-non-literal
  setInterval(`poll(${id})`, 1000);
}

function spread(args) {
  // ruleid: injection.eval-non-literal
  eval(...args);
}

function constants() {
  // ok: injection.eval-non-literal
  eval('1 + 1');
  // ok: injection.eval-non-literal
  eval("console.log('ready')");
  // ok: injection.eval-non-literal
  eval(`static template`);
  // ok: injection.eval-non-literal
  eval('a' + 'b' + 42);
  // ok: injection.eval-non-literal
  const add = new Function('a', 'b', 'return a + b');
  return add;
}

function lookAlikes(obj, session, id) {
  // ok: injection.eval-non-literal
  obj.eval(id);
  // ok: injection.eval-non-literal
  session.eval(id);
  // ok: injection.eval-non-literal
  setTimeout(() => refresh(id), 100);
  // ok: injection.eval-non-literal
  setTimeout(refresh, 100);
  // ok: injection.eval-non-literal
  const evaluate = (x) => x;
  return evaluate(id);
}

// JSX in a .js file parses too; a finding after it still lands on the right line.
function View(props) {
  const el = <div className="x">{props.label}</div>;
  // ruleid: injection.eval-non-literal
  eval(props.code);
  return el;
}

const vm = require('vm');

function sandboxed(source, context) {
  // ruleid: injection.eval-non-literal
  const value = vm.runInNewContext(source, context);
  // ruleid: injection.eval-non-literal
  const script = new vm.Script(`(function () { ${source} })()`);
  // ruleid: injection.eval-non-literal
  const fn = Function('return ' + source);
  // ok: injection.eval-non-literal
  vm.runInNewContext('total * 2', context);
  // ok: injection.eval-non-literal
  script.runInContext(context);
  // ok: injection.eval-non-literal
  const getGlobal = Function('return this');
  return [value, fn, getGlobal];
}

module.exports = { sandboxed, runUserFormula, runTemplate, concatenated, throughWindow, buildFunction, later, spread, constants, lookAlikes, View };

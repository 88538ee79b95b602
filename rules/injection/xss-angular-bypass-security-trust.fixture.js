// Fixture for injection.xss-angular-bypass-security-trust (compiled or plain JavaScript).
'use strict';

class EmbedService {
  constructor(sanitizer) {
    this.sanitizer = sanitizer;
  }

  embed(url) {
    // ruleid: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }

  script(code) {
    // ruleid: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustScript('init(' + code + ')');
  }

  logo() {
    // ok: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustUrl('/assets/logo.svg');
  }

  escaped(name) {
    // ok: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustHtml('<b>' + escapeHtml(name) + '</b>');
  }
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

module.exports = { EmbedService, escapeHtml };

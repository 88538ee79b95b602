// Fixture for injection.xss-angular-bypass-security-trust (Angular, TypeScript).
import { Component, Input, OnInit, Pipe, PipeTransform, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';
import DOMPurify from 'dompurify';

const HELP_HTML = '<p>Use <kbd>Ctrl</kbd>+<kbd>K</kbd> to search.</p>';

@Pipe({ name: 'trustHtml' })
export class TrustHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): SafeHtml {
    // ruleid: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
}

@Component({ selector: 'app-search-result', template: '<div [innerHTML]="searchValue"></div>' })
export class SearchResultComponent implements OnInit {
  searchValue: SafeHtml | undefined;
  video: SafeResourceUrl | undefined;
  help: SafeHtml | undefined;
  @Input() description = '';

  constructor(
    private readonly route: ActivatedRoute,
    private readonly sanitizer: DomSanitizer,
  ) {}

  ngOnInit(): void {
    const queryParam: string = this.route.snapshot.queryParams['q'];
    // ruleid: injection.xss-angular-bypass-security-trust
    this.searchValue = this.sanitizer.bypassSecurityTrustHtml(`Results for <b>${queryParam}</b>`);
    // ruleid: injection.xss-angular-bypass-security-trust
    this.video = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/' + this.route.snapshot.params['id']);
  }

  trustedDescription(): SafeHtml {
    // ruleid: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustHtml(this.description);
  }

  styleFor(color: string) {
    // ruleid: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustStyle(`background: ${color}`);
  }

  // ---- safe ----

  helpText(): SafeHtml {
    // ok: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustHtml(HELP_HTML);
  }

  staticEmbed(): SafeResourceUrl {
    // ok: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/dQw4w9WgXcQ');
  }

  cleanedDescription(): SafeHtml {
    const clean = DOMPurify.sanitize(this.description);
    // ok: injection.xss-angular-bypass-security-trust
    return this.sanitizer.bypassSecurityTrustHtml(clean);
  }

  angularSanitized(): string | null {
    // ok: injection.xss-angular-bypass-security-trust
    return this.sanitizer.sanitize(SecurityContext.HTML, this.description);
  }
}

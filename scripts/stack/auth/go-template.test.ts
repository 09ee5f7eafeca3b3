import { describe, expect, it } from 'vitest';
import { compileTemplate } from './go-template';

const render = (source: string, data: Record<string, unknown> = {}) =>
  compileTemplate(source)(data);

describe('the Go template subset of Supabase email templates', () => {
  it('prints fields and metadata, HTML-escaped as html/template does', () => {
    expect(
      render('<a href="{{ .ConfirmationURL }}">{{ .Data.full_name }}</a> {{.Email}}', {
        ConfirmationURL: 'http://127.0.0.1:54321/auth/v1/verify?token=abc&type=recovery',
        Email: 'awa@example.cm',
        Data: { full_name: `<b>O'Neil & "Co"</b>` },
      }),
    ).toBe(
      '<a href="http://127.0.0.1:54321/auth/v1/verify?token=abc&amp;type=recovery">&lt;b&gt;O&#39;Neil &amp; &#34;Co&#34;&lt;/b&gt;</a> awa@example.cm',
    );
  });

  it('prints nothing for a missing key, and a missing value equals no string', () => {
    const template =
      '[{{ .Data.missing }}]{{ if eq .Data.language "en" }}Hello{{ else }}Bonjour{{ end }}';
    expect(render(template, { Data: {} })).toBe('[]Bonjour');
    expect(render(template, { Data: { language: 'en' } })).toBe('[]Hello');
    expect(render(template, { Data: { language: 'fr' } })).toBe('[]Bonjour');
  });

  it('chains else if, and knows ne, not, and, or', () => {
    const template =
      '{{ if eq .L "en" }}en{{ else if eq .L "fr" "fr-CM" }}fr{{ else }}?{{ end }}' +
      '{{ if ne .L "en" }}!en{{ end }}{{ if not .Empty }}empty{{ end }}' +
      '{{ if and .L .Empty }}and{{ end }}{{ if or .Empty .L }}or{{ end }}';
    expect(render(template, { L: 'fr-CM', Empty: '' })).toBe('fr!enemptyor');
    expect(render(template, { L: 'en', Empty: '' })).toBe('enemptyor');
    expect(render(template, { L: 'de', Empty: 'x' })).toBe('?!enandor');
  });

  it('trims whitespace around {{- and -}}, and drops comments', () => {
    expect(render('a  {{- /* note */ -}}  b\n{{- if .X }} c {{ end -}}\n d', { X: true })).toBe(
      'ab c d',
    );
  });

  it('refuses what it cannot render like GoTrue, loudly', () => {
    expect(() => compileTemplate('{{ if .X }}open')).toThrow(/missing \{\{end\}\}/);
    expect(() => compileTemplate('{{ range .Items }}{{ end }}')).toThrow(/not supported/);
    expect(() => compileTemplate('{{ printf "%s" .X }}')).toThrow(/unsupported/);
    expect(() => compileTemplate('{{ end }}')).toThrow(/unexpected/);
    expect(() => render('{{ if eq .N "1" }}{{ end }}', { N: 1 })).toThrow(/incompatible types/);
  });
});

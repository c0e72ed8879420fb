// The offline calculator (issue 18): a static page built from the library, with no server and no
// network. The profile never leaves the browser. `npm run web` bundles this file into
// dist/web/calculator.html; test/package/web.ts drives it in headless Chromium.
import {
  type ExposureEstimate,
  estimateExposure,
  formatCitation,
  formatMoney,
  LexposureError,
  type LegalMaximum,
  legalMaximum,
  maximumFine,
  parseProfile,
  type SerializedMoney,
} from '../src/index.js';
import { sanctions } from '../src/sanctions/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => $<HTMLInputElement>(id).value.trim();

/** The profile the form describes (or the one loaded from a JSON file). */
function profileFromForm(): Record<string, unknown> {
  const roles = ['controller', 'processor'].filter((r) => $<HTMLInputElement>(`role-${r}`).checked);
  const countries = value('countries')
    .split(/[;,\s]+/)
    .filter(Boolean);
  return {
    name: value('name') || 'The company',
    roles,
    establishments: countries.map((country, i) => ({ country: country.toUpperCase(), main: i === 0 })),
    financialYears: [
      {
        year: Number(value('year')),
        end: `${value('year')}-12-31`,
        scope: $<HTMLSelectElement>('scope').value,
        turnover: { amount: value('turnover'), currency: value('currency').toUpperCase() || 'EUR' },
      },
    ],
  };
}

function fill(profile: Record<string, unknown>): void {
  const fy = (profile.financialYears as Record<string, unknown>[] | undefined)?.at(-1);
  const turnover = fy?.turnover as SerializedMoney | undefined;
  $<HTMLInputElement>('name').value = String(profile.name ?? '');
  $<HTMLInputElement>('turnover').value = turnover?.amount ?? '';
  $<HTMLInputElement>('currency').value = turnover?.currency ?? 'EUR';
  $<HTMLInputElement>('year').value = String(fy?.year ?? '');
  $<HTMLSelectElement>('scope').value = String(fy?.scope ?? 'undertaking');
  const establishments = (profile.establishments as { country: string }[] | undefined) ?? [];
  $<HTMLInputElement>('countries').value = establishments.map((e) => e.country).join(', ');
  const roles = (profile.roles as string[] | undefined) ?? [];
  for (const r of ['controller', 'processor']) $<HTMLInputElement>(`role-${r}`).checked = roles.includes(r);
}

const money = (m: SerializedMoney | null | undefined) => (m ? formatMoney(m) : '–');

function cell(text: string, tag = 'td'): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function table(id: string, headers: string[], rows: (string | HTMLElement)[][]): void {
  const t = $<HTMLTableElement>(id);
  t.replaceChildren();
  const head = document.createElement('tr');
  for (const h of headers) head.append(cell(h, 'th'));
  t.append(head);
  for (const r of rows) {
    const tr = document.createElement('tr');
    for (const v of r) tr.append(typeof v === 'string' ? cell(v) : v);
    t.append(tr);
  }
}

function link(url: string, text: string): HTMLElement {
  const td = document.createElement('td');
  const a = document.createElement('a');
  a.href = url;
  a.textContent = text;
  a.rel = 'noreferrer';
  td.append(a);
  return td;
}

/** Each regime's range on a log scale, drawn as SVG (no charting library: nothing to fetch). */
function chart(estimate: ExposureEstimate): void {
  const rows = estimate.regimes.filter((r) => r.combined !== null && r.legalMaximum !== null);
  const svg = $('chart');
  const width = 640;
  const rowHeight = 28;
  const amounts = rows.flatMap((r) => [Number(r.combined?.low.amount), Number(r.legalMaximum?.amount)]);
  const lo = Math.log10(Math.max(1, Math.min(...amounts, 1e3)));
  const hi = Math.log10(Math.max(...amounts, 1e4));
  const x = (a: number) => 120 + ((Math.log10(Math.max(a, 1)) - lo) / (hi - lo || 1)) * (width - 140);
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = 10 + i * rowHeight;
    const low = x(Number(r.combined?.low.amount));
    const high = x(Number(r.combined?.high.amount));
    const max = x(Number(r.legalMaximum?.amount));
    parts.push(
      `<text x="0" y="${y + 14}" font-size="12">${r.regime}</text>`,
      `<rect x="${low}" y="${y + 4}" width="${Math.max(2, high - low)}" height="12" fill="#7aa6d8"><title>${money(r.combined?.low)} – ${money(r.combined?.high)}</title></rect>`,
      r.combined?.likely
        ? `<circle cx="${x(Number(r.combined.likely.amount))}" cy="${y + 10}" r="4" fill="#1f4e89"><title>likely ${money(r.combined.likely)}</title></circle>`
        : '',
      `<line x1="${max}" x2="${max}" y1="${y}" y2="${y + 20}" stroke="#b3261e" stroke-width="2"><title>legal maximum ${money(r.legalMaximum)}</title></line>`,
    );
  });
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(40, rows.length * rowHeight + 20)}`);
  svg.innerHTML = parts.join('');
}

let last: unknown = null;
/** A profile loaded from a file is used whole (all its years and facts) until the form is edited. */
let loaded: Record<string, unknown> | null = null;

function compute(): void {
  const error = $('error');
  error.textContent = '';
  try {
    // Validated once here (a loaded file is any JSON); the functions below take the parsed profile.
    const profile = parseProfile(loaded ?? profileFromForm());
    const asOf = value('as-of');
    const maxima: LegalMaximum[] = ['GDPR 83(4)', 'GDPR 83(5)'].map((provision) =>
      legalMaximum({ profile, provision, asOf }),
    );
    table(
      'maxima',
      ['Provision', 'Legal maximum', 'Basis', 'Citation'],
      maxima.map((m) => [
        m.provision,
        money(m.amount),
        m.basis,
        m.citation ? link(m.citation.url ?? '', formatCitation(m.citation)) : '–',
      ]),
    );
    const articles = value('articles')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const total = articles.length > 0 ? maximumFine({ profile, regime: 'GDPR', articles, asOf }) : null;
    $('total').textContent = total
      ? `Arts ${articles.join(', ')}: at most ${money(total.amount)} (${total.gravestInfringement ?? ''})`
      : '';
    const estimate = estimateExposure({ profile, asOf, sanctions });
    table(
      'estimate',
      ['Regime', 'Applies', 'Legal maximum', 'Low', 'Likely', 'High', 'Why'],
      estimate.regimes.map((r) => [
        r.regime,
        r.applies === null ? 'not known' : r.applies ? 'yes' : 'no',
        money(r.legalMaximum),
        money(r.combined?.low),
        money(r.combined?.likely),
        money(r.combined?.high),
        r.combined?.explanation ?? r.why,
      ]),
    );
    const gdpr = estimate.regimes.find((r) => r.regime === 'GDPR');
    table(
      'cases',
      ['Nearest decided case', 'Authority', 'Date', 'Fine', 'Why it is near'],
      (gdpr?.model?.nearest ?? []).map((c) => [link(c.url, c.entity), c.authority, c.date, money(c.amountEur), c.why]),
    );
    table(
      'steps',
      ['Step', 'Value', 'Rule', 'Citation'],
      (gdpr?.steps ?? []).map((s) => [
        s.label,
        typeof s.value === 'object' && s.value !== null ? money(s.value) : String(s.value ?? ''),
        s.rule ?? '',
        s.citation ? link(s.citation.url ?? '', formatCitation(s.citation)) : '',
      ]),
    );
    chart(estimate);
    last = { profile, asOf, maxima, maximumFine: total, estimate };
    $('export').removeAttribute('disabled');
  } catch (e) {
    error.textContent = e instanceof LexposureError ? e.message : `A fault of lexposure: ${String(e)}`;
  }
}

$('compute').addEventListener('click', compute);
for (const field of document.querySelectorAll('fieldset input:not([type=file]), fieldset select'))
  field.addEventListener('input', () => {
    loaded = null;
  });
$<HTMLInputElement>('load').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  try {
    loaded = JSON.parse(await file.text()) as Record<string, unknown>;
    fill(loaded);
    compute();
  } catch (e) {
    $('error').textContent = `The file is not a profile in JSON: ${(e as Error).message}`;
  }
});
$('export').addEventListener('click', () => {
  const blob = new Blob([JSON.stringify(last, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'lexposure-result.json';
  a.click();
});
(globalThis as { lexposureReady?: boolean }).lexposureReady = true;

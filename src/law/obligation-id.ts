import { ValidationError } from '../core/errors.js';
import { readProperty } from '../core/guards.js';
import type { Regime } from './registry.js';

/** An obligation's stable id: the regime and the article, "GDPR Art. 30", "DSA Art. 16". */
export function obligationId(o: { readonly regime: Regime; readonly article: string }): string {
  const subject = 'obligationId argument';
  const regime =
    typeof o === 'object' && o !== null ? readProperty(o, 'regime', 'regime', subject) : undefined;
  const article =
    typeof o === 'object' && o !== null ? readProperty(o, 'article', 'article', subject) : undefined;
  if (typeof regime !== 'string' || typeof article !== 'string')
    throw new ValidationError(
      [{ path: '', message: 'expected an obligation: { regime, article }' }],
      'obligationId argument',
    );
  return `${regime} ${article}`;
}

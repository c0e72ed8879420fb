import { estimateExposure } from '../../exposure/estimate.js';
import { riskScore } from '../../exposure/risk-score.js';
import { formatExposure, formatRiskScore } from '../../report/exposure.js';
import { renderTable } from '../../report/table.js';
import { sanctions } from '../../sanctions/index.js';
import { jsonText } from '../json-text.js';
import { money, type ProfileCommandInput, text } from './profile-commands.js';

/**
 * `lexposure estimate`: the exposure estimate and the risk score. Its own module, the one profile
 * command that loads the sanctions dataset (for the nearest decided cases).
 */
export function estimateCommand({ profile, asOf, fx, format }: ProfileCommandInput): string {
  const estimate = estimateExposure({ profile, asOf, fx, sanctions });
  const score = riskScore({ profile, asOf, fx, estimate });
  if (format === 'json') return jsonText({ estimate, score });
  if (format === 'csv')
    return renderTable(
      ['regime', 'applies', 'legal_maximum', 'low', 'likely', 'high', 'currency'],
      estimate.regimes.map((r) => [
        r.regime,
        r.applies === null ? 'unknown' : String(r.applies),
        money(r.legalMaximum),
        money(r.combined?.low),
        money(r.combined?.likely),
        money(r.combined?.high),
        r.legalMaximum?.currency ?? '',
      ]),
      'csv',
    );
  return `${formatExposure(estimate, text(format))}\n\n${formatRiskScore(score, text(format))}`;
}

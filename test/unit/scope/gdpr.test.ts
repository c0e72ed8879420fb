import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/errors.js';
import { stepsOf } from '../../../src/report/steps/render.js';
import { obligationsFor } from '../../../src/scope/obligations.js';
import { aProfile } from '../../../src/testing/profile-builder.js';

const asOf = '2026-06-30';
const duty = (profile: unknown, id: string, date = asOf) =>
  obligationsFor({ profile, asOf: date }).obligations.find((o) => o.id === id);

const euController = aProfile('Acme GmbH').establishedIn('DE').controller();

describe('GDPR Art. 3: territorial scope', () => {
  it('an EU establishment brings every controller duty into scope (Art. 3(1))', () => {
    const o = duty(euController.toInput(), 'GDPR Art. 5');
    expect(o).toMatchObject({ status: 'applies', finedUnder: 'GDPR 83(5)', tier: 'controller' });
    expect(o?.why).toContain('an establishment in the Union (DE)');
  });

  it('an establishment in Norway is in scope through the EEA Agreement', () => {
    const o = duty(aProfile('Nordic AS').establishedIn('NO').controller().toInput(), 'GDPR Art. 32');
    expect(o?.status).toBe('applies');
    expect(o?.why).toContain('EEA Agreement');
  });

  it('a non-EU company that monitors people in the Union is in scope (Art. 3(2)(b)); one that neither offers nor monitors is not', () => {
    const base = aProfile('Analytics Inc.').establishedIn('US').controller();
    const monitoring = base.processing({ monitorsBehaviourInUnion: true }).toInput();
    expect(duty(monitoring, 'GDPR Art. 5')?.why).toContain(
      'monitors the behaviour of data subjects in the Union',
    );
    const outside = base
      .processing({ monitorsBehaviourInUnion: false, offersGoodsOrServicesInUnion: false })
      .toInput();
    const result = obligationsFor({ profile: outside, asOf });
    expect(result.obligations.filter((o) => o.regime === 'GDPR')).toHaveLength(0);
    expect(stepsOf(result.steps).find((s) => s.label === 'GDPR territorial scope')).toMatchObject({
      value: false,
    });
  });

  it('a non-EU company with no facts is undetermined and says which fields settle it', () => {
    const o = duty(aProfile('Unknown Ltd').establishedIn('US').controller().toInput(), 'GDPR Art. 5');
    expect(o?.status).toBe('undetermined');
    expect(o?.needs).toEqual([
      'profile.processing.offersGoodsOrServicesInUnion',
      'profile.processing.monitorsBehaviourInUnion',
    ]);
  });

  it('no duty before the GDPR applies (25 May 2018)', () => {
    expect(duty(euController.toInput(), 'GDPR Art. 30', '2018-05-24')?.status).toBe('not yet');
    expect(duty(euController.toInput(), 'GDPR Art. 30', '2018-05-25')?.status).not.toBe('not yet');
  });

  it('roles decide the duties: a processor bears Art. 29 and not Art. 15', () => {
    const processor = aProfile('Hosting BV').establishedIn('NL').processor().toInput();
    expect(duty(processor, 'GDPR Art. 29')?.status).toBe('applies');
    expect(duty(processor, 'GDPR Art. 15')).toBeUndefined();
    expect(duty(processor, 'GDPR Art. 28')?.why).toContain('as a processor');
  });
});

describe('GDPR Art. 28: processors', () => {
  // Art. 28(1) binds a controller "where processing is to be carried out on behalf of" it;
  // Art. 28(2)-(4) and (10) bind the processor itself.
  it('a controller that uses processors bears Art. 28; one that uses none does not; unknown is undetermined', () => {
    const uses = (usesProcessors?: boolean) =>
      duty(
        euController.processing(usesProcessors === undefined ? {} : { usesProcessors }).toInput(),
        'GDPR Art. 28',
      );
    expect(uses(true)).toMatchObject({ status: 'applies', needs: [] });
    expect(uses(true)?.why).toContain('it has processing carried out by processors');
    expect(uses(false)).toMatchObject({ status: 'does not apply', needs: [] });
    expect(uses(undefined)).toMatchObject({
      status: 'undetermined',
      needs: ['profile.processing.usesProcessors'],
    });
  });

  it('a processor bears Art. 28 whether or not it uses sub-processors', () => {
    const processor = aProfile('Hosting BV').establishedIn('NL').processor();
    expect(duty(processor.processing({ usesProcessors: false }).toInput(), 'GDPR Art. 28')?.status).toBe(
      'applies',
    );
  });
});

describe('GDPR Art. 30(5): the record-keeping exemption under 250 persons', () => {
  const exemptFacts = {
    likelyToResultInRisk: false,
    occasional: true,
    specialCategories: false,
    criminalConvictionsData: false,
  };
  const withStaff = (employees: number) =>
    aProfile('Small SARL')
      .establishedIn('FR')
      .controller()
      .withTurnover(2025, '5000000', 'EUR', { employees });

  it('249 persons and occasional, low-risk processing without special data: excluded', () => {
    const o = duty(withStaff(249).processing(exemptFacts).toInput(), 'GDPR Art. 30');
    expect(o?.status).toBe('excluded');
    expect(o?.citation.provision).toBe('Art. 30');
  });

  it('250 persons: the exemption cannot apply, whatever the processing', () => {
    const o = duty(withStaff(250).processing(exemptFacts).toInput(), 'GDPR Art. 30');
    expect(o?.status).toBe('applies');
    expect(o?.why).toContain('250 persons');
  });

  it('249 persons but each exception of Art. 30(5) keeps the duty', () => {
    for (const exception of [
      { likelyToResultInRisk: true },
      { occasional: false },
      { specialCategories: true },
      { criminalConvictionsData: true },
    ]) {
      const o = duty(
        withStaff(249)
          .processing({ ...exemptFacts, ...exception })
          .toInput(),
        'GDPR Art. 30',
      );
      expect(o?.status, JSON.stringify(exception)).toBe('applies');
    }
  });

  it('249 persons with a fact missing: undetermined, naming it', () => {
    const { occasional: _, ...rest } = exemptFacts;
    const o = duty(withStaff(249).processing(rest).toInput(), 'GDPR Art. 30');
    expect(o).toMatchObject({ status: 'undetermined', needs: ['profile.processing.occasional'] });
  });

  it('reads the head count of the latest financial year ended on or before the date', () => {
    const grown = withStaff(249)
      .withTurnover(2026, '9000000', 'EUR', { employees: 300 })
      .processing(exemptFacts)
      .toInput();
    expect(duty(grown, 'GDPR Art. 30', '2026-06-30')?.status).toBe('excluded');
    expect(duty(grown, 'GDPR Art. 30', '2027-01-01')?.status).toBe('applies');
  });
});

describe('GDPR Art. 27: the representative in the Union', () => {
  const outsider = aProfile('Shop Inc.')
    .establishedIn('US')
    .controller()
    .processing({ offersGoodsOrServicesInUnion: true });

  it('applies to a non-EU controller caught by Art. 3(2) whose processing is not occasional', () => {
    expect(duty(outsider.processing({ occasional: false }).toInput(), 'GDPR Art. 27')?.status).toBe(
      'applies',
    );
  });

  it('the exemption of Art. 27(2)(a) needs all three conditions', () => {
    const exempt = outsider.processing({
      occasional: true,
      largeScaleSpecialCategories: false,
      likelyToResultInRisk: false,
    });
    expect(duty(exempt.toInput(), 'GDPR Art. 27')?.status).toBe('does not apply');
    expect(duty(exempt.processing({ likelyToResultInRisk: true }).toInput(), 'GDPR Art. 27')?.status).toBe(
      'applies',
    );
  });

  it('a public authority is exempt (Art. 27(2)(b)); an EU-established company never needs one', () => {
    expect(duty(outsider.publicAuthority().toInput(), 'GDPR Art. 27')?.status).toBe('does not apply');
    expect(duty(euController.toInput(), 'GDPR Art. 27')?.status).toBe('does not apply');
  });
});

describe('GDPR Art. 37: the data protection officer', () => {
  it('each trigger of Art. 37(1) and (4) requires one; none of them, none', () => {
    const none = {
      coreActivityMonitoring: false,
      coreActivitySpecialCategories: false,
      dpoRequiredByLaw: false,
    };
    expect(duty(euController.processing(none).toInput(), 'GDPR Art. 37')?.status).toBe('does not apply');
    expect(duty(euController.processing(none).publicAuthority().toInput(), 'GDPR Art. 37')?.why).toContain(
      'Art. 37(1)(a)',
    );
    for (const trigger of [
      'coreActivityMonitoring',
      'coreActivitySpecialCategories',
      'dpoRequiredByLaw',
    ] as const) {
      const o = duty(euController.processing({ ...none, [trigger]: true }).toInput(), 'GDPR Art. 37');
      expect(o?.status, trigger).toBe('applies');
    }
    // Arts 38 and 39 follow Art. 37.
    expect(
      duty(euController.processing({ ...none, coreActivityMonitoring: true }).toInput(), 'GDPR Art. 39')
        ?.status,
    ).toBe('applies');
  });
});

describe('GDPR Art. 35: the impact assessment', () => {
  it('any case of Art. 35(3) requires one', () => {
    const none = {
      likelyToResultInHighRisk: false,
      automatedDecisions: false,
      largeScaleSpecialCategories: false,
      publicAreaMonitoring: false,
    };
    expect(duty(euController.processing(none).toInput(), 'GDPR Art. 35')?.status).toBe('does not apply');
    const o = duty(
      euController.processing({ ...none, publicAreaMonitoring: true }).toInput(),
      'GDPR Art. 35',
    );
    expect(o?.status).toBe('applies');
    expect(o?.why).toContain('Art. 35(3)(c)');
  });
});

describe('GDPR Chapter V: transfers and the adequacy decisions', () => {
  const exporter = euController.transfersTo({ country: 'US', certified: true });
  const transfer = (date: string, profile = exporter.toInput()) =>
    duty(profile, 'GDPR Art. 44', date)?.transfers?.[0];

  it('15 July 2020: a certified US recipient is covered by the Privacy Shield', () => {
    expect(transfer('2020-07-15')).toMatchObject({
      basis: 'adequacy decision',
      decision: { decision: 'Commission Implementing Decision (EU) 2016/1250' },
    });
  });

  it('17 July 2020, the day after Schrems II (C-311/18): no adequacy decision, and no tool unless one is named', () => {
    const t = transfer('2020-07-17');
    expect(t?.basis).toBe('none');
    expect(t?.why).toContain('declared invalid by the Court of Justice on 16 July 2020');
    const withClauses = euController.transfersTo({
      country: 'US',
      certified: true,
      safeguard: 'standard data protection clauses',
    });
    expect(transfer('2020-07-17', withClauses.toInput())?.basis).toBe('appropriate safeguards');
  });

  it('11 July 2023: the EU-US Data Privacy Framework (adopted 10 July 2023) covers a certified recipient, not an uncertified one', () => {
    expect(transfer('2023-07-11')?.decision?.decision).toBe(
      'Commission Implementing Decision (EU) 2023/1795',
    );
    const uncertified = euController.transfersTo({ country: 'US' }).toInput();
    expect(transfer('2023-07-11', uncertified)).toMatchObject({ basis: 'none' });
    expect(transfer('2023-07-11', uncertified)?.why).toContain('does not say the recipient is certified');
  });

  it('Safe Harbour ended with Schrems I on 6 October 2015', () => {
    expect(transfer('2015-10-05')?.decision?.decision).toBe('Commission Decision 2000/520/EC');
    expect(transfer('2015-10-06')?.basis).toBe('none');
  });

  it('transfers within the EEA are not transfers; none at all, and Art. 44 does not apply', () => {
    const inside = euController.transfersTo({ country: 'NO' }).toInput();
    expect(duty(inside, 'GDPR Art. 44')?.status).toBe('does not apply');
    expect(duty(euController.processing({ transfers: [] }).toInput(), 'GDPR Art. 44')?.status).toBe(
      'does not apply',
    );
    expect(duty(euController.toInput(), 'GDPR Art. 44')?.status).toBe('undetermined');
  });

  it('Japan, the United Kingdom and the European Patent Organisation by their decisions', () => {
    expect(transfer('2026-06-30', euController.transfersTo({ country: 'JP' }).toInput())?.basis).toBe(
      'adequacy decision',
    );
    expect(transfer('2026-06-30', euController.transfersTo({ country: 'GB' }).toInput())?.basis).toBe(
      'adequacy decision',
    );
    expect(
      transfer(
        '2025-07-15',
        euController.transfersTo({ organisation: 'European Patent Organisation' }).toInput(),
      )?.basis,
    ).toBe('adequacy decision');
    expect(
      transfer(
        '2026-06-30',
        euController.transfersTo({ country: 'IN', derogation: 'explicit consent' }).toInput(),
      )?.basis,
    ).toBe('derogation');
  });

  it('a transfer names a country or an organisation, not both', () => {
    expect(() => euController.transfersTo({ country: 'US', organisation: 'X' }).build()).toThrow(
      ValidationError,
    );
    expect(() => euController.transfersTo({ country: 'us' }).build()).toThrow(
      /processing.transfers\[0\].country/,
    );
  });
});

describe('the United Kingdom before its adequacy decision', () => {
  const toUk = (date: string) =>
    obligationsFor({
      profile: euController.transfersTo({ country: 'GB' }).toInput(),
      asOf: date,
    }).obligations.find((o) => o.id === 'GDPR Art. 44')?.transfers?.[0];

  it('was not a third country in the transition period (to 31 December 2020) nor in the bridging period of the TCA (to 27 June 2021)', () => {
    // To 31 December 2020 the United Kingdom was in the Union (Withdrawal Agreement, Art. 127(6)):
    // no transfer to a third country at all.
    expect(toUk('2020-12-31')).toBeUndefined();
    expect(
      obligationsFor({
        profile: euController.transfersTo({ country: 'GB' }).toInput(),
        asOf: '2020-12-31',
      }).obligations.find((o) => o.id === 'GDPR Art. 44')?.why,
    ).toContain('no personal data to a third country');
    expect(toUk('2021-03-01')).toMatchObject({
      basis: 'not a third country',
      decision: { decision: 'EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A' },
    });
    expect(toUk('2021-06-28')?.basis).toBe('adequacy decision');
  });
});

describe('estimateExposure reads the territorial scope', () => {
  it('estimates the GDPR for a non-EU company only when Art. 3(2) catches it', async () => {
    const { estimateExposure } = await import('../../../src/exposure/estimate.js');
    const base = aProfile('Overseas LLC')
      .establishedIn('US')
      .controller()
      .withTurnover(2025, '50000000', 'EUR');
    const gdprOf = (p: unknown) =>
      estimateExposure({ profile: p, asOf }).regimes.find((r) => r.regime === 'GDPR');
    expect(gdprOf(base.toInput())).toMatchObject({ applies: null });
    expect(gdprOf(base.toInput())?.why).toContain('profile.processing.offersGoodsOrServicesInUnion');
    expect(gdprOf(base.processing({ offersGoodsOrServicesInUnion: true }).toInput())).toMatchObject({
      applies: true,
    });
    expect(
      gdprOf(
        base.processing({ offersGoodsOrServicesInUnion: false, monitorsBehaviourInUnion: false }).toInput(),
      ),
    ).toMatchObject({ applies: false, legalMaximum: null });
  });
});

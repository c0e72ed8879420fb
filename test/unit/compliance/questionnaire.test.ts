import { describe, expect, it } from 'vitest';
import { postureFromQuestionnaire, QUESTIONNAIRE } from '../../../src/compliance/questionnaire.js';
import { ValidationError } from '../../../src/core/errors.js';
import { OBLIGATION_IDS } from '../../../src/law/obligation-catalogue.js';
import { aProfile } from '../../../src/testing/profile-builder.js';

describe('QUESTIONNAIRE', () => {
  it('covers every modelled obligation exactly once', () => {
    const covered = QUESTIONNAIRE.flatMap((q) => q.obligations);
    expect(new Set(covered).size).toBe(covered.length);
    expect([...covered].sort()).toEqual([...OBLIGATION_IDS].sort());
  });

  it('has unique question ids', () => {
    expect(new Set(QUESTIONNAIRE.map((q) => q.id)).size).toBe(QUESTIONNAIRE.length);
  });
});

describe('postureFromQuestionnaire', () => {
  it('maps yes, partly, no and unknown (and true, false, null) onto the posture', () => {
    const posture = postureFromQuestionnaire({
      records: 'yes',
      security: false,
      'breach-procedure': 'partly',
      'impact-assessment': null,
      'lawful-basis': true,
      cooperation: 'unknown',
    });
    const status = Object.fromEntries(posture.map((e) => [e.obligation, e.status]));
    expect(status).toEqual({
      'GDPR Art. 6': 'met',
      'GDPR Art. 30': 'met',
      'GDPR Art. 31': 'unknown',
      'GDPR Art. 32': 'not met',
      'GDPR Art. 33': 'partly met',
      'GDPR Art. 34': 'partly met',
      'GDPR Art. 35': 'unknown',
    });
    expect(posture.find((e) => e.obligation === 'GDPR Art. 32')?.evidence).toBe(
      'questionnaire "security": no',
    );
  });

  it('gives a posture a profile accepts', () => {
    const posture = postureFromQuestionnaire(Object.fromEntries(QUESTIONNAIRE.map((q) => [q.id, 'yes'])));
    expect(posture).toHaveLength(OBLIGATION_IDS.length);
    const profile = aProfile('Vendor').toInput();
    expect(() => aProfile('Vendor').build()).not.toThrow();
    expect(profile.name).toBe('Vendor');
  });

  it('refuses unknown questions and answers, naming them', () => {
    expect(() => postureFromQuestionnaire({ recrods: 'yes' })).toThrow(/recrods: unknown question/);
    expect(() => postureFromQuestionnaire({ records: 'maybe' })).toThrow(ValidationError);
    expect(() => postureFromQuestionnaire(JSON.parse('{"__proto__": "yes"}'))).toThrow(ValidationError);
    expect(() => postureFromQuestionnaire(null)).toThrow(ValidationError);
  });
});

describe('profile.posture', () => {
  it('refuses an unknown obligation id and a second answer for the same obligation', () => {
    expect(() => aProfile('V').withPosture('GDPR Art. 99', 'met').build()).toThrow(
      /posture\[0\].obligation: unknown obligation "GDPR Art. 99"/,
    );
    expect(() =>
      aProfile('V').withPosture('GDPR Art. 30', 'met').withPosture('GDPR Art. 30', 'not met').build(),
    ).toThrow(/posture\[1\]: a second answer for GDPR Art. 30/);
  });
});

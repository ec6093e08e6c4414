import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boardPaper } from '../../src/report/board-paper';
import { buildReport } from '../../src/report/build-report';
import { regulatoryChecks, regulatoryContextOf } from '../../src/report/regulatory';
import type { Assessment } from '../../src/schema/assessment-schema';
import { parseAssessmentFile } from '../../src/schema/parse-assessment-file';
import { medicineSupplyChain } from '../fixtures/medicine-supply-chain-ledger';

// The consent-to-share ledger (acute trust, 3 community trusts, 60 GP practices; UK, US, EU), shared with #21.
const consentFile = parseAssessmentFile(readFileSync('test/fixtures/consent-ledger.json', 'utf8'));
if (!consentFile.ok) throw new Error(consentFile.problems.join('\n'));
const consent = (id: string) => consentFile.data.assessments.find((a) => a.id === id)!;

const reg = (a: Assessment) =>
  regulatoryChecks(a.proposal.settings ?? [], a.answers, regulatoryContextOf(a.proposal, '2026-12-02'));
const duties = (a: Assessment) => reg(a).profiles.flatMap((p) => p.duties.map((d) => d.id));
const steps = (a: Assessment) => reg(a).nextSteps.map((s) => s.id);

describe('each proposal carries only the duties its answers trigger', () => {
  it.each([
    ['consent-ledger-uk', ['uk.dtac', 'uk.dcb', 'uk.dspt', 'uk.gdpr', 'uk.optOut', 'uk.device']],
    ['consent-ledger-us', ['us.hipaa', 'us.infoBlocking', 'us.tefca', 'us.fda']],
    ['consent-ledger-eu', ['eu.gdpr', 'eu.ehds', 'eu.mdr']],
  ])('%s', (id, expected) => {
    expect(duties(consent(id))).toEqual(expected);
  });

  it.each([
    ['ukNhs', ['uk.dtac', 'uk.dcb', 'uk.gdpr']],
    ['us', ['us.dscsa']],
    ['eu', ['eu.gdpr', 'eu.fmd']],
  ] as const)('the medicine supply chain with no patient data, %s', (setting, expected) => {
    expect(duties(medicineSupplyChain(setting))).toEqual(expected);
  });

  it('the consent ledger used in direct care gets a CSO; the supply chain is asked whether DCB applies', () => {
    expect(steps(consent('consent-ledger-uk'))).toEqual(
      expect.arrayContaining(['uk.dcb.cso', 'uk.dspt.operators']),
    );
    expect(steps(consent('consent-ledger-uk'))).not.toContain('uk.dcb.applies');
    expect(steps(medicineSupplyChain('ukNhs'))).toContain('uk.dcb.applies');
    expect(steps(medicineSupplyChain('ukNhs'))).not.toEqual(
      expect.arrayContaining(['uk.dcb.cso', 'uk.dspt.operators', 'uk.gdpr.dpia']),
    );
  });

  it('a BAA for the US consent ledger, none for the supply chain', () => {
    expect(steps(consent('consent-ledger-us'))).toContain('us.hipaa.baa');
    expect(steps(medicineSupplyChain('us'))).not.toContain('us.hipaa.baa');
    expect(JSON.stringify(reg(medicineSupplyChain('us')))).not.toMatch(/Business Associate|BAA|HIPAA/);
  });
});

describe('the hazard log follows what the ledger holds', () => {
  const hazards = (a: Assessment) => buildReport(a).hazardLog.map((h) => h.id);
  it('the consent ledger gets its key hazard and no supply-chain or hash hazard', () => {
    const ids = hazards(consent('consent-ledger-uk'));
    expect(ids[0]).toBe('consentStaleOrWrong');
    expect(ids).not.toContain('supplyChainVerification');
    expect(ids).not.toContain('hashDivergence');
    const row = buildReport(consent('consent-ledger-uk')).hazardLog[0]!;
    expect(row.effect).toMatch(/shared against the patient’s wishes.*withheld from clinicians/);
  });

  it('the medicine supply chain gets supply hazards and no consent hazard', () => {
    const ids = hazards(medicineSupplyChain('ukNhs'));
    expect(ids).toContain('supplyChainVerification');
    expect(ids).not.toContain('consentStaleOrWrong');
    expect(ids).not.toContain('misfiledRecord');
  });

  it('is offered only in England and where the standards may apply', () => {
    expect(hazards(consent('consent-ledger-us'))).toEqual([]);
    expect(hazards(consent('consent-ledger-eu'))).toEqual([]);
    const notDirect = medicineSupplyChain('ukNhs');
    expect(hazards({ ...notDirect, proposal: { ...notDirect.proposal, directCare: 'no' } })).toEqual([]);
  });
});

describe('the paper says when the law was checked', () => {
  it('shows "law checked on" and flags entries a year old', () => {
    const a = consent('consent-ledger-uk');
    const fresh = JSON.stringify(boardPaper(buildReport({ ...a, today: '2026-12-10' }), []));
    expect(fresh).toMatch(/Law checked on 2 December 2026/);
    expect(fresh).not.toMatch(/not reviewed for twelve months/i);
    const old = JSON.stringify(boardPaper(buildReport({ ...a, today: '2028-01-01' }), []));
    expect(old).toMatch(/not reviewed for twelve months/i);
  });
});

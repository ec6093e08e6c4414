import { describe, expect, it } from 'vitest';
import { runAssessCli } from '../../scripts/assess-cli';

describe('npm run assess', () => {
  it('prints the verdict and reasons for the EHR example', () => {
    const out = runAssessCli(['public/files/examples/patient-records.json']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Verdict: Weak fit/);
    expect(out.stdout).toMatch(/condition 5 \(non-confidential data\) is not met/);
  });

  it('prints JSON on request', () => {
    const out = runAssessCli(['public/files/examples/professional-credentials.json', '--format', 'json']);
    expect(JSON.parse(out.stdout)[0].result.band).toBe('strongFit');
  });

  it('exits 2 naming the problem for a bad file', () => {
    const out = runAssessCli(['package.json']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/not a Ledger Fit file/);
    expect(runAssessCli([]).code).toBe(2);
  });
});

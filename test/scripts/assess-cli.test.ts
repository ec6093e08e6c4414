import { describe, expect, it } from 'vitest';
import { runAssessCli } from '../../scripts/assess-cli';
import { cliOutputSchema } from '../../src/report/cli-output';

describe('npm run assess', () => {
  it('prints the verdict and reasons for the EHR example', () => {
    const out = runAssessCli(['public/files/examples/patient-records.json']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Verdict: Weak fit/);
    expect(out.stdout).toMatch(/condition 5 \(non-confidential data\) is not met/);
  });

  it('prints JSON on request, in the published schema', () => {
    const out = runAssessCli(['public/files/examples/professional-credentials.json', '--format', 'json']);
    const [first] = cliOutputSchema.parse(JSON.parse(out.stdout));
    expect(first?.band).toBe('strongFit');
    expect(first?.recommendation.kind).toBe('proceed');
  });

  it('gives no verdict band for an all-unknown file: the band is "notEnoughAnswers" and no score band is named', () => {
    const out = runAssessCli(['test/fixtures/all-unknown.json', '--format', 'json']);
    expect(out.code).toBe(0);
    const [first] = cliOutputSchema.parse(JSON.parse(out.stdout));
    expect(first?.band).toBe('notEnoughAnswers');
    expect(first?.scoreBand).toBeUndefined();
    expect(first?.design).toBeUndefined();
    expect(first?.scores).toEqual({});
    expect(first?.recommendation.kind).toBe('decideLater');
    expect(out.stdout).not.toMatch(/weak fit|strong fit|conditional fit|\d+(\.\d+)?\/100/i);
  });

  it('prints the same decision as JSON and as text for the consent ledger in every setting', () => {
    const json = cliOutputSchema.parse(
      JSON.parse(runAssessCli(['test/fixtures/consent-ledger.json', '--format', 'json']).stdout),
    );
    const text = runAssessCli(['test/fixtures/consent-ledger.json']).stdout;
    for (const a of json) {
      expect(text).toContain(`Verdict: ${a.bandLabel}.`);
      expect(text).toContain(`Recommendation: ${a.recommendation.text}`);
      for (const step of a.nextSteps) expect(text).toContain(step.text);
      expect(a.nextSteps.filter((s) => s.phase === 'adopting')).toEqual([]);
    }
  });

  it('exits 2 naming the problem for a bad file', () => {
    const out = runAssessCli(['package.json']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/not a Ledger Fit file/);
    expect(runAssessCli([]).code).toBe(2);
  });
});

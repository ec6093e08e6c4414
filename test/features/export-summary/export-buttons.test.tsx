import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '../../../src/features/export-summary/export-buttons';
import { workedExamples } from '../../../src/framework/examples';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

const worker = vi.hoisted(() => ({
  warmPaperWorker: vi.fn(),
  preparePaper: vi.fn(),
  makePaper: vi.fn(),
}));
vi.mock('../../../src/features/export-summary/make-paper', () => worker);

const assessment = exampleToAssessment(workedExamples[0]!);

describe('the board-paper buttons', () => {
  beforeEach(() => {
    worker.warmPaperWorker.mockReset();
    worker.preparePaper.mockReset();
    worker.makePaper.mockReset();
  });

  it('has the worker load a paper’s library once its button is pointed at or focused, once per format', async () => {
    const user = userEvent.setup();
    render(<ExportButtons assessment={assessment} comparedWith={[]} />);
    await user.hover(screen.getByRole('button', { name: 'Download PDF summary' }));
    await waitFor(() => expect(worker.preparePaper).toHaveBeenCalledWith('PDF'));
    await user.unhover(screen.getByRole('button', { name: 'Download PDF summary' }));
    screen.getByRole('button', { name: 'Download PDF summary' }).focus();
    await user.tab();
    await waitFor(() => expect(worker.preparePaper).toHaveBeenCalledWith('Word document'));
    expect(worker.preparePaper.mock.calls).toEqual([['PDF'], ['Word document']]);
    expect(worker.makePaper).not.toHaveBeenCalled();
  });

  it('starts the worker once the page is idle, without loading a paper library', async () => {
    vi.useFakeTimers();
    try {
      render(<ExportButtons assessment={assessment} comparedWith={[]} />);
      expect(worker.warmPaperWorker).not.toHaveBeenCalled();
      // jsdom has no requestIdleCallback: the fallback timer stands in for the idle moment.
      await vi.advanceTimersByTimeAsync(2000);
      expect(worker.warmPaperWorker).toHaveBeenCalledTimes(1);
      expect(worker.preparePaper).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the paper is being prepared, then saved, and is busy meanwhile', async () => {
    const user = userEvent.setup();
    let finish: (made: { url: string; fileName: string }) => void = () => undefined;
    worker.makePaper.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const followed: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      followed.push({ href: this.href, download: this.download });
    });
    try {
      const { container } = render(<ExportButtons assessment={assessment} comparedWith={[]} />);
      await user.click(screen.getByRole('button', { name: 'Download PDF summary' }));
      expect(screen.getByRole('status')).toHaveTextContent('Preparing the board paper…');
      expect(container.querySelector('.pdf-download')).toHaveAttribute('aria-busy', 'true');
      expect(worker.makePaper).toHaveBeenCalledWith('PDF', assessment, []);
      finish({ url: 'blob:http://localhost/paper', fileName: 'summary.pdf' });
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved summary.pdf.'));
      expect(container.querySelector('.pdf-download')).toHaveAttribute('aria-busy', 'false');
      // The page follows the worker's own blob: URL; it makes none itself.
      expect(followed).toEqual([{ href: 'blob:http://localhost/paper', download: 'summary.pdf' }]);
    } finally {
      click.mockRestore();
    }
  });

  it('makes one paper at a time: a second press while the first is made asks for nothing', async () => {
    const user = userEvent.setup();
    let finish: (made: { url: string; fileName: string }) => void = () => undefined;
    worker.makePaper.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      render(<ExportButtons assessment={assessment} comparedWith={[]} />);
      const pdf = screen.getByRole('button', { name: 'Download PDF summary' });
      // Two presses before React has drawn the disabled buttons (act holds the render back until both are in).
      await act(async () => {
        pdf.click();
        pdf.click();
      });
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Preparing the board paper…'));
      expect(worker.makePaper).toHaveBeenCalledTimes(1);
      finish({ url: 'blob:http://localhost/paper', fileName: 'summary.pdf' });
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved summary.pdf.'));
      await user.click(pdf);
      expect(worker.makePaper).toHaveBeenCalledTimes(2);
    } finally {
      click.mockRestore();
    }
  });
});

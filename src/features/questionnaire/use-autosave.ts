import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { PageValues } from './page-form';
import { saveField } from './save-field';

/**
 * Autosave: every change that is within the limits goes to the store (and so to localStorage) at once;
 * one that is not is shown beside its field and not saved, so a saved assessment is always readable.
 */
export function useAutosave(assessmentId: string, form: UseFormReturn<PageValues>) {
  const { watch, setError, clearErrors, getFieldState } = form;
  useEffect(() => {
    const subscription = watch((values, { name }) => {
      if (!name) return;
      const problem = saveField(assessmentId, name, values as Partial<PageValues>);
      const path = name as Parameters<typeof getFieldState>[0];
      if (problem) setError(path, { type: 'notSaved', message: problem });
      else if (getFieldState(path).error?.type === 'notSaved') clearErrors(path);
    });
    return () => subscription.unsubscribe();
  }, [watch, assessmentId, setError, clearErrors, getFieldState]);
}

import { describe, expect, it } from 'vitest';
import { defaultScanDate, SCAN_DATE_VARIABLE } from '../src/scan-date.js';

describe('the default scan date', () => {
  it('is today (UTC) when KUBE_PIN_AUDIT_DATE is unset or empty', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(defaultScanDate({})).toBe(today);
    expect(defaultScanDate({ [SCAN_DATE_VARIABLE]: '' })).toBe(today);
  });

  it('is KUBE_PIN_AUDIT_DATE when it is set', () => {
    expect(defaultScanDate({ [SCAN_DATE_VARIABLE]: '2024-02-29' })).toBe('2024-02-29');
  });

  it.each(['2025-02-30', '2026-1-5', 'today', '2026-12-06T00:00:00Z'])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => defaultScanDate({ [SCAN_DATE_VARIABLE]: value })).toThrow(
        'KUBE_PIN_AUDIT_DATE must be a real date written YYYY-MM-DD',
      );
    },
  );
});

import { InvalidField } from '../shared/domain-error';
import { CAMEO_TABLE_VERSION, cameoEntries, cameoOf, isCameoCode } from './cameo';

describe('CAMEO table', () => {
  it('holds GDELT 2.0 table: 311 codes, with their root, QuadClass and Goldstein weight', () => {
    expect(CAMEO_TABLE_VERSION).toBe('gdelt-2.0');
    expect(cameoEntries()).toHaveLength(311);
    expect(cameoOf('0841')).toEqual({ code: '0841', rootCode: '08', quadClass: 2, goldstein: 7, tableVersion: 'gdelt-2.0' });
    expect(cameoOf('195')).toMatchObject({ rootCode: '19', quadClass: 4, goldstein: -10 });
  });

  it('weighs the root codes as GDELT publishes them, not as the ICEWS copy does', () => {
    const roots = Object.fromEntries(cameoEntries().filter((e) => e.code.length === 2).map((e) => [e.code, e.goldstein]));
    expect(roots).toEqual({
      '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
      '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
    });
    expect([cameoOf('016').goldstein, cameoOf('022').goldstein, cameoOf('164').goldstein, cameoOf('165').goldstein]).toEqual([-2, 3.2, -7, -6.5]);
  });

  it('puts roots 01–05 in QuadClass 1, 06–09 in 2, 10–14 in 3 and 15–20 in 4', () => {
    const quadOf = (root: number) => (root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
    for (const entry of cameoEntries()) expect(entry.quadClass).toBe(quadOf(Number(entry.rootCode)));
  });

  it('keeps the leading zero and refuses codes it does not hold, naming the field', () => {
    expect(isCameoCode('0841')).toBe(true);
    expect(isCameoCode('841')).toBe(false);
    expect(() => cameoOf('841', 'details.code')).toThrow(InvalidField);
    expect(() => cameoOf('841', 'details.code')).toThrow(expect.objectContaining({ field: 'details.code' }));
  });
});

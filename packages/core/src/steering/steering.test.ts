import { describe, expect, it } from 'vitest';
import { checkMinutes, cleanMembers, minutesTooEarly } from './steering.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('minutes of a steering committee', () => {
  it('are a PDF by name and by content', () => {
    expect(checkMinutes({ fileName: 'CR comité.pdf', size: 1200, head: pdf })).toEqual({
      ok: true,
      fileName: 'CR comité.pdf',
    });
    const renamed = checkMinutes({ fileName: 'photo.pdf', size: 1200, head: png });
    expect(renamed.ok).toBe(false);
    const image = checkMinutes({ fileName: 'photo.png', size: 1200, head: png });
    expect(image.ok || image.message.fr).toContain('n’est pas un PDF');
  });

  it('are refused empty or over 10 MB', () => {
    expect(checkMinutes({ fileName: 'cr.pdf', size: 0, head: pdf }).ok).toBe(false);
    expect(checkMinutes({ fileName: 'cr.pdf', size: 11 * 1024 * 1024, head: pdf }).ok).toBe(false);
  });

  it('are attached once the meeting has taken place', () => {
    expect(minutesTooEarly('2026-12-07', '2026-12-07')).toBeUndefined();
    expect(minutesTooEarly('2026-12-08', '2026-12-07')?.en).toContain('not taken place');
  });
});

describe('the members of a committee', () => {
  it('are kept trimmed, blank lines left out', () => {
    expect(
      cleanMembers([
        { name: '  Julien Roussel ', role: ' Pilote ' },
        { name: '   ', role: 'Tutrice' },
      ]),
    ).toEqual([{ name: 'Julien Roussel', role: 'Pilote' }]);
  });
});

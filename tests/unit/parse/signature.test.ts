import { describe, expect, it } from 'vitest';
import { isSignatureLine, splitGluedSignature } from '../../../src-main/core/parse/signature';

describe('isSignatureLine', () => {
  it.each([
    '*Н.С./М.К.',
    'H. Said / Hazem Sabbagh',
    'هـ.ح/م.ش',
    'M. al-Frieh/H. Said',
    'H. Zain/ R.J. / Hazem Sabbagh',
    'Manar al-Freih / Hazem Sabbagh',
    'R.Raslan/Mazen',
    'English Bulletin',
    'Manar/Mazen',
    'Qabas / Hazem Sabbagh/Mazen',
    'H. Said',
  ])('recognises %s', (line) => {
    expect(isSignatureLine(line)).toBe(true);
  });

  it('recognises a signature with surrounding spaces', () => {
    expect(isSignatureLine('  *Н.С./М.К.  ')).toBe(true);
  });

  it('does not take a bare name on its own line, which could be a sub-headline or a caption', () => {
    expect(isSignatureLine('Hazem Sabbagh')).toBe(false);
  });

  it('does not take a Title Case sub-headline with an abbreviation', () => {
    expect(isSignatureLine('U.S. Senate Votes')).toBe(false);
  });

  it('does not take a place list', () => {
    expect(isSignatureLine('Moscow, Russia')).toBe(false);
  });

  it('does not take a sentence', () => {
    expect(isSignatureLine('Путин обозначил взаимные усилия РФ и США')).toBe(false);
  });

  it('does not take a related-block marker', () => {
    expect(isSignatureLine('Check Also')).toBe(false);
  });

  it('does not take an empty line', () => {
    expect(isSignatureLine('   ')).toBe(false);
  });
});

describe('splitGluedSignature', () => {
  it('splits a signature glued to the last sentence', () => {
    expect(splitGluedSignature('…the cessation of hostilities in it.H. Zain/ Ghossoun')).toEqual({
      text: '…the cessation of hostilities in it.',
      signature: 'H. Zain/ Ghossoun',
    });
  });

  it('splits a signature glued after a closing quote', () => {
    expect(splitGluedSignature('“We stand with Syria.”M. al-Frieh/H. Said')).toEqual({
      text: '“We stand with Syria.”',
      signature: 'M. al-Frieh/H. Said',
    });
  });

  it('splits a lone name glued to the last sentence', () => {
    expect(splitGluedSignature('The talks will go on.Hazem Sabbagh')).toEqual({
      text: 'The talks will go on.',
      signature: 'Hazem Sabbagh',
    });
  });

  it('splits a signature after a space and ignores trailing NBSP', () => {
    expect(splitGluedSignature('Shells hit the city. Manar/Mazen\u00a0')).toEqual({
      text: 'Shells hit the city.',
      signature: 'Manar/Mazen',
    });
  });

  it('splits a signature on its own last line', () => {
    expect(splitGluedSignature('Aid was delivered.\nManar al-Frieh/Manal')).toEqual({
      text: 'Aid was delivered.',
      signature: 'Manar al-Frieh/Manal',
    });
  });

  it('splits two signers separated only by a space', () => {
    expect(splitGluedSignature('Properties were damaged. H. Zain H. Said')?.signature).toBe('H. Zain H. Said');
  });

  it('keeps initials that belong to the last sentence', () => {
    expect(splitGluedSignature('The aid was sent by the U.S.H. Said')).toEqual({
      text: 'The aid was sent by the U.S.',
      signature: 'H. Said',
    });
  });

  it('finds nothing when the text ends with U.S.', () => {
    expect(splitGluedSignature('The aid was sent by the U.S.')).toBeNull();
  });

  it('finds nothing when the text ends with a name inside a quote', () => {
    expect(splitGluedSignature('The crowd chanted “Hazem Sabbagh”')).toBeNull();
  });

  it('finds nothing after a sentence that continues in lower case', () => {
    expect(splitGluedSignature('I believe..Thank you')).toBeNull();
  });

  it('finds nothing in a text ending with a full stop', () => {
    expect(splitGluedSignature('Launching war doesn’t make you a great power.')).toBeNull();
  });

  it('does not take page furniture left by scrapers for a signer', () => {
    expect(splitGluedSignature('The army advanced. Read Also')).toBeNull();
    expect(splitGluedSignature('The army advanced. Twitter')).toBeNull();
  });

  it('does not take all-capital junk for a signer', () => {
    expect(splitGluedSignature('The army advanced. MBMB')).toBeNull();
  });
});

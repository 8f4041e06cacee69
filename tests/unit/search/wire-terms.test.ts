// Evaluating status:, byline:, subject: and has:versions against rows of agency copy.
import { describe, expect, it } from 'vitest';
import { smallArchive } from './small-archive';

const archive = () =>
  smallArchive([
    {
      id: 'quake',
      title: 'Quake hits coast',
      byline: 'By Jörg Müller and Jane Doe',
      subjects: ['medtop:20001065', 'DISASTER'],
      body: ['An earthquake struck the coast.'],
    },
    {
      id: 'killed',
      title: 'Vote delayed',
      status: 'canceled',
      byline: 'Jane Smith, Reuters',
      subjects: ['medtop:11000000', 'POLITICS', 'Élections'],
      versionCount: 3,
      body: ['The vote was delayed.'],
    },
    {
      id: 'embargoed',
      title: 'Budget figures',
      status: 'embargoed',
      subjects: ['subj:04000000'],
      versionCount: 2,
      body: ['The budget will be presented on Tuesday.'],
    },
    { id: 'plain', title: 'Plain dispatch', body: ['A dispatch from the seed, with no wire fields.'] },
  ]);

describe('status:', () => {
  it('finds articles by the status the agency states, absent counting as usable', async () => {
    expect(await archive().ids('status:canceled')).toEqual(['killed']);
    expect(await archive().ids('status:embargo')).toEqual(['embargoed']);
    expect(await archive().ids('status:usable')).toEqual(['plain', 'quake']);
  });

  it('leaves a status out when negated, and combines with words', async () => {
    expect(await archive().ids('-status:canceled -status:embargoed')).toEqual(['plain', 'quake']);
    expect(await archive().ids('delayed status:killed')).toEqual(['killed']);
    expect(await archive().ids('delayed status:usable')).toEqual([]);
  });
});

describe('byline:', () => {
  it('matches a word of the byline regardless of case and diacritics', async () => {
    expect(await archive().ids('byline:muller')).toEqual(['quake']);
    expect(await archive().ids('byline:MÜLLER')).toEqual(['quake']);
    expect(await archive().ids('byline:jane')).toEqual(['killed', 'quake']);
  });

  it('matches a quoted name as words next to each other, in order', async () => {
    expect(await archive().ids('byline:"Jane Doe"')).toEqual(['quake']);
    expect(await archive().ids('byline:"Doe Jane"')).toEqual([]);
    expect(await archive().ids('byline:"Jane Smith"')).toEqual(['killed']);
  });

  it('never matches an article without a byline, nor the body', async () => {
    expect(await archive().ids('byline:dispatch')).toEqual([]);
    expect(await archive().ids('-byline:jane')).toEqual(['embargoed', 'plain']);
  });
});

describe('subject:', () => {
  it('matches a code with its scheme, colon and all', async () => {
    expect(await archive().ids('subject:medtop:20001065')).toEqual(['quake']);
    expect(await archive().ids('subject:medtop:2000')).toEqual([]);
  });

  it('matches a keyword regardless of case and diacritics', async () => {
    expect(await archive().ids('subject:politics')).toEqual(['killed']);
    expect(await archive().ids('subject:elections')).toEqual(['killed']);
  });

  it('matches any code of a scheme given alone, or any starting with a starred value', async () => {
    expect(await archive().ids('subject:medtop:')).toEqual(['killed', 'quake']);
    expect(await archive().ids('subject:MEDTOP:1100*')).toEqual(['killed']);
    expect(await archive().ids('subject:subj:')).toEqual(['embargoed']);
  });

  it('does not take a word of the body or headline for a subject', async () => {
    expect(await archive().ids('subject:budget')).toEqual([]);
  });
});

describe('has:versions', () => {
  it('finds stories the archive holds more than one version of', async () => {
    expect(await archive().ids('has:versions')).toEqual(['embargoed', 'killed']);
    expect(await archive().ids('-has:versions')).toEqual(['plain', 'quake']);
  });
});

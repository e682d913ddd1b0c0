/** Genders from the article's own pronouns (src/article/genders.ts), seen through `QaCore.names`. */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../src/index.js';

const genderOf = (text: string, name: string) => createCore([{ id: 't.txt', text }]).names(name)[0]?.gender;

const TITLE = 'Library Opens a New Wing\n\n';

describe('inferGenders', () => {
  it('takes "she" in the next sentence for the one person just named', () => {
    const text = `${TITLE}Grace Mbeki, the head librarian, opened the wing on Monday. She said it had taken four years to build.\n\nMbeki thanked the volunteers.`;
    expect(genderOf(text, 'Mbeki')).toBe('f');
  });

  it('takes "he" later in the same sentence', () => {
    const text = `${TITLE}Tomasz Wren, the architect, said he had drawn the plans in a week.\n\nWren is now designing a school.`;
    expect(genderOf(text, 'Wren')).toBe('m');
  });

  it('leaves the gender unknown when two people could be meant', () => {
    const text = `${TITLE}Grace Mbeki met Tomasz Wren on Monday. She said the wing was finished.\n\nMbeki and Wren toured it.`;
    expect(genderOf(text, 'Mbeki')).toBeUndefined();
    expect(genderOf(text, 'Wren')).toBeUndefined();
  });

  it('rules out someone whose honorific gives the other gender', () => {
    const text = `${TITLE}Mr. Tomasz Wren met Grace Mbeki on Monday. She said the wing was finished.\n\nMbeki and Mr. Wren toured it.`;
    expect(genderOf(text, 'Mbeki')).toBe('f');
    expect(genderOf(text, 'Wren')).toBe('m');
  });

  it('does not read a pronoun inside a quote', () => {
    const text = `${TITLE}Grace Mbeki spoke first. “He never came to see it,” Mbeki said of the mayor.\n\nMbeki left early.`;
    expect(genderOf(text, 'Mbeki')).toBeUndefined();
  });
});

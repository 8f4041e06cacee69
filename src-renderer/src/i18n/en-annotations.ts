// English strings of the annotations feature, spread into en.ts (kept apart so features edit their own file).
export const enAnnotations = {
  // The panel beside (or under the headline of) the article.
  'annotations.panel': 'Notes and highlights',
  'annotations.count': { one: '{n} highlight', other: '{n} highlights' },
  'annotations.empty': 'Select words in the text to highlight them.',
  'annotations.orphanedTitle': 'Could not be placed',
  'annotations.orphanedExplain':
    'The article’s text changed when it was imported again, and these passages are no longer in it. Their quotes and notes are kept.',
  'annotations.show': 'Show in the text',
  'annotations.noteLabel': 'Note on this highlight',
  'annotations.addNote': 'Add note',
  'annotations.editNote': 'Edit note',
  'annotations.colorGroup': 'Colour',
  'annotations.recolorTo': 'Make it {color}',
  'annotations.delete': 'Delete',
  'annotations.deleteLabel': 'Delete this highlight',
  'annotations.deleted': 'Highlight deleted',
  'annotations.undo': 'Undo',
  'annotations.save': 'Save',
  'annotations.cancel': 'Cancel',
  'annotations.saveHint': 'Ctrl+Enter saves, Esc cancels',
  'annotations.error': 'Could not save: {message}',
  // The toolbar over a selection.
  'annotations.toolbar': 'Highlight the selection',
  'annotations.highlightIn': 'Highlight in {color}',
  'annotations.keyHint': 'H highlights in the last colour, Esc closes',
  'annotations.color.yellow': 'yellow',
  'annotations.color.green': 'green',
  'annotations.color.blue': 'blue',
  'annotations.color.pink': 'pink',
  'annotations.color.purple': 'purple',
  // The article-level note.
  'note.title': 'Note',
  'note.add': 'Add a note',
  'note.edit': 'Edit note',
  'note.label': 'Note on this article',
  'note.hint': 'Plain text or Markdown. Ctrl+Enter saves; an empty note is removed.',
} as const;

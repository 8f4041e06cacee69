// Russian strings of the annotations feature, spread into ru.ts; en-annotations.ts has the keys.
import type { Messages } from './messages';
import type { enAnnotations } from './en-annotations';

export const ruAnnotations: Pick<Messages, keyof typeof enAnnotations> = {
  'annotations.panel': 'Заметки и выделения',
  'annotations.count': { one: '{n} выделение', few: '{n} выделения', many: '{n} выделений', other: '{n} выделения' },
  'annotations.empty': 'Выделите слова в тексте, чтобы отметить их.',
  'annotations.orphanedTitle': 'Не найдены в тексте',
  'annotations.orphanedExplain':
    'Текст статьи изменился при повторном импорте, и этих фрагментов в нём больше нет. Цитаты и заметки сохранены.',
  'annotations.show': 'Показать в тексте',
  'annotations.noteLabel': 'Заметка к выделению',
  'annotations.addNote': 'Заметка',
  'annotations.editNote': 'Изменить заметку',
  'annotations.colorGroup': 'Цвет',
  'annotations.recolorTo': 'Цвет: {color}',
  'annotations.delete': 'Удалить',
  'annotations.deleteLabel': 'Удалить выделение',
  'annotations.deleted': 'Выделение удалено',
  'annotations.undo': 'Вернуть',
  'annotations.save': 'Сохранить',
  'annotations.cancel': 'Отмена',
  'annotations.saveHint': 'Ctrl+Enter — сохранить, Esc — отменить',
  'annotations.error': 'Не удалось сохранить: {message}',
  'annotations.toolbar': 'Выделить фрагмент',
  'annotations.highlightIn': 'Выделить цветом: {color}',
  'annotations.keyHint': 'H — выделить последним цветом, Esc — закрыть',
  'annotations.color.yellow': 'жёлтый',
  'annotations.color.green': 'зелёный',
  'annotations.color.blue': 'синий',
  'annotations.color.pink': 'розовый',
  'annotations.color.purple': 'фиолетовый',
  'note.title': 'Заметка',
  'note.add': 'Добавить заметку',
  'note.edit': 'Изменить заметку',
  'note.label': 'Заметка к статье',
  'note.hint': 'Обычный текст или Markdown. Ctrl+Enter — сохранить; пустая заметка удаляется.',
};

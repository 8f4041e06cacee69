// Russian strings of the tags feature, spread into ru.ts; en-tags.ts has the keys.
import type { Messages } from './messages';
import type { enTags } from './en-tags';

export const ruTags: Pick<Messages, keyof typeof enTags> = {
  // Sidebar.
  facetTags: 'Метки',
  facetTagsEmpty: 'Меток пока нет. Выберите статьи и нажмите T, чтобы пометить их.',
  facetAnnotated: 'Пометки',
  annotatedYes: 'С пометками',
  annotatedNo: 'Без пометок',
  manageTags: 'Управление метками…',
  showTagChildren: 'Показать метки внутри «{name}»',
  hideTagChildren: 'Скрыть метки внутри «{name}»',

  // Rows.
  rowTagsLabel: 'Метки: {tags}',
  rowHighlights: { one: '{n} выделение', few: '{n} выделения', many: '{n} выделений', other: '{n} выделения' },
  rowHasNote: 'Есть заметка',

  // Selection bar.
  selectionLabel: 'Выбранное',
  selectedCount: { one: 'Выбрано: {n}', few: 'Выбрано: {n}', many: 'Выбрано: {n}', other: 'Выбрано: {n}' },
  tagSelection: 'Метки…',
  clearSelection: 'Сбросить',
  clearSelectionLabel: 'Сбросить выбор',

  // Tag editor.
  tagEditorOne: 'Метки этой статьи',
  tagEditorMany: {
    one: 'Метки {n} статьи',
    few: 'Метки {n} статей',
    many: 'Метки {n} статей',
    other: 'Метки {n} статьи',
  },
  tagInputLabel: 'Добавить метку',
  tagInputPlaceholder: 'Имя метки; / — вложенная метка',
  tagSuggestions: 'Существующие метки',
  tagNoneYet: 'Меток пока нет.',
  tagEnterAdds: 'Enter добавит «{name}»',
  tagEnterCreates: 'Enter создаст «{name}»',
  tagKeysHint: 'Tab дополняет · ↑↓ выбор · Esc закрывает',
  tagNameInvalid: 'В имени метки должно быть от 1 до 100 символов, не считая пробелов и косых черт.',
  tagCarried: '{count}/{n}',
  tagCarriedLabel: {
    one: '{name}: у {count} из {n} статьи',
    few: '{name}: у {count} из {n} статей',
    many: '{name}: у {count} из {n} статей',
    other: '{name}: у {count} из {n} статьи',
  },
  tagRemove: 'Убрать {name}',
  tagRemoveFromAll: {
    one: 'Убрать {name} у {n} статьи',
    few: 'Убрать {name} у всех {n} статей',
    many: 'Убрать {name} у всех {n} статей',
    other: 'Убрать {name} у всех {n} статьи',
  },
  tagsNotLoaded: {
    one: 'Метки {n} выбранной статьи, ещё не показанной в списке, здесь не учтены.',
    few: 'Метки {n} выбранных статей, ещё не показанных в списке, здесь не учтены.',
    many: 'Метки {n} выбранных статей, ещё не показанных в списке, здесь не учтены.',
    other: 'Метки {n} выбранной статьи, ещё не показанной в списке, здесь не учтены.',
  },
  addTag: 'Добавить метку',
  articleTagsLabel: 'Метки',

  // Tag manager.
  tagManagerTitle: 'Управление метками',
  tagManagerEmpty: 'Меток пока нет.',
  tagManagerHint: 'Переименование или удаление метки затрагивает и вложенные в неё метки.',
  tagArticles: { one: '{n} статья', few: '{n} статьи', many: '{n} статей', other: '{n} статьи' },
  tagImplicit: 'Только через вложенные метки',
  tagRename: 'Переименовать',
  tagRenameLabel: 'Новое имя для {name}',
  tagRenameSave: 'Переименовать',
  tagMergeWarning: '«{to}» уже существует. Переименование сольёт «{from}» с ней; отменить это нельзя.',
  tagMergeConfirm: 'Объединить',
  tagDelete: 'Удалить',
  tagDeleteWarning: {
    one: 'Удалить «{name}» и вложенные метки у {n} статьи? Отменить это нельзя.',
    few: 'Удалить «{name}» и вложенные метки у {n} статей? Отменить это нельзя.',
    many: 'Удалить «{name}» и вложенные метки у {n} статей? Отменить это нельзя.',
    other: 'Удалить «{name}» и вложенные метки у {n} статьи? Отменить это нельзя.',
  },
  tagDeleteConfirm: 'Удалить',
  tagColorLabel: 'Цвет метки {name}',
  tagColorChoose: 'Выбрать цвет метки {name}',
  tagCancel: 'Отмена',
  'tagColor.grey': 'Серый',
  'tagColor.red': 'Красный',
  'tagColor.orange': 'Оранжевый',
  'tagColor.yellow': 'Жёлтый',
  'tagColor.green': 'Зелёный',
  'tagColor.teal': 'Бирюзовый',
  'tagColor.blue': 'Синий',
  'tagColor.purple': 'Фиолетовый',
  'tagColor.pink': 'Розовый',
};

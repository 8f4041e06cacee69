// One name across scripts: the gazetteer of news agencies, countries and places.
//
// SANA, САНА and سانا are one agency; Damascus, Дамаск, Дамаска, Дамаске and دمشق one
// place. Pure (no Electron, no I/O): the data is bundled JSON, built by
// `npm run gazetteer` from i18n-iso-countries and the lists in scripts/gazetteer/
// (SOURCES.md beside this file says where each comes from).
//
//   findEntity(spelling, kind?)   the entity a spelling names, or undefined. Any script
//                                 and case; Russian case forms; Arabic with or without
//                                 ال, hamza forms, ة/ه, ى/ي, harakat and tatweel. `kind`
//                                 ('agency' | 'country' | 'place', or a list) narrows it:
//                                 pass it, since `SANA` the agency and `Sana` the city
//                                 share letters. A place with its country after a comma
//                                 (`BUENOS AIRES, Argentina`) is found by the city.
//   lookupName                    the same function, under the name the entity
//                                 extraction asked for.
//   entityById(id)                the entity for a stable id: `agency/sana`,
//                                 `country/sy`, `place/damascus`.
//   preferredLabel(entity, lang)  its label in 'en' | 'ru' | 'ar' (English otherwise).
//   nameKey(spelling)             the normalised key look-ups compare, for callers that
//                                 index names themselves.
//
// Facets and `agency:`/`place:` search go through field-entity.ts, which remembers each
// spelling's entity so 100k rows cost one look-up per distinct spelling. The names articles
// mention (Places mentioned, agencies among organisations) go through mention-entity.ts.
export type { EntityKind, EntityLabels, GazetteerEntity } from './gazetteer-data';
export { entityById, findEntity, findEntity as lookupName, gazetteerCounts, preferredLabel } from './gazetteer';
export { entityForField, isNamedField, type NamedField } from './field-entity';
export { countryOrPlace, entityForMention, gazetteerPlace, UNITED_NATIONS, type NamedMention } from './mention-entity';
export { nameKey } from './name-key';
export { russianCaseForms } from './russian-cases';

import { evidence } from '../i18n/catalogue/evidence.js';
import { t, type Lang } from '../i18n/lang.js';
import type { DocumentType, FlagKind, UnsupportedReason } from './model.js';

/** The catalogue key of a model id: `staff-list` with prefix `type` → `typeStaffList`. */
function keyOf(prefix: 'type' | 'reason' | 'flag', id: string): keyof typeof evidence {
  const camel = id.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());
  return `${prefix}${camel}` as keyof typeof evidence;
}

/** A document type's label in `lang`: `Приказ`, `Бұйрық`, `Order`. */
export function documentTypeLabel(type: DocumentType, lang: Lang): string {
  return t(lang, evidence[keyOf('type', type)]);
}

/** Why a claim is unsupported, in `lang`. */
export function reasonLabel(reason: UnsupportedReason, lang: Lang): string {
  return t(lang, evidence[keyOf('reason', reason)]);
}

/** A flag's label in `lang`. */
export function flagLabel(kind: FlagKind, lang: Lang): string {
  return t(lang, evidence[keyOf('flag', kind)]);
}

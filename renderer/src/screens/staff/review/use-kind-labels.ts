import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, areaKey } from '../../../features/registry';

/** A content kind's name and its fields' labels, from the area that sends it for review. */
export function useKindLabels() {
  const { t } = useTranslation();
  const find = (kind: string) => {
    for (const area of AREAS) {
      const labels = area.contentKinds?.[kind];
      if (labels) return { namespace: area.namespace, labels };
    }
    return null;
  };
  const kindName = useCallback(
    (kind: string) => {
      const found = find(kind);
      return found ? t(areaKey(found.namespace, found.labels.nameKey), { defaultValue: kind }) : kind;
    },
    [t],
  );
  const fieldLabel = useCallback(
    (kind: string, field: string) => {
      const found = find(kind);
      const key = found?.labels.fieldKeys[field];
      return found && key ? t(areaKey(found.namespace, key), { defaultValue: field }) : field;
    },
    [t],
  );
  return { kindName, fieldLabel };
}

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { move, moveByKey } from './studio-form';

function Row(props: {
  id: string;
  name: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  children: ReactNode;
}) {
  const { id, name, index, count, onMove, children } = props;
  const { t } = useTranslation('exhibitions-studio');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'exhibitions-studio-row exhibitions-studio-dragging' : 'exhibitions-studio-row'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="exhibitions-studio-order">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="btn btn-quiet exhibitions-studio-handle"
          {...attributes}
          {...listeners}
          aria-label={t('order.drag', { name })}
          aria-roledescription={undefined}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M8 5h2v2H8zM14 5h2v2h-2zM8 11h2v2H8zM14 11h2v2h-2zM8 17h2v2H8zM14 17h2v2h-2z" />
          </svg>
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          {t('order.up')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          {t('order.down')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
      <div className="exhibitions-studio-row-body">{children}</div>
    </li>
  );
}

/**
 * A list the curator puts in order: drag by the handle (finger: hold briefly, so scrolling still
 * works; mouse: move a little), or the up and down buttons, or the keyboard on the handle. What is
 * moved is said for screen readers in the screen's language.
 */
export function SortableList<T extends { key: string }>(props: {
  items: readonly T[];
  nameOf: (item: T, index: number) => string;
  onChange: (items: T[]) => void;
  label: string;
  render: (item: T, index: number) => ReactNode;
}) {
  const { items, nameOf, onChange, label, render } = props;
  const { t } = useTranslation('exhibitions-studio');
  const [said, setSaid] = useState('');
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const name = (key: string | number) => {
    const i = items.findIndex((x) => x.key === key);
    const item = items[i];
    return item ? nameOf(item, i) : '';
  };
  const place = (key: string | number | undefined) => items.findIndex((x) => x.key === key) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('order.start', { name: name(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('order.over', { name: name(active.id), n: place(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      t('order.drop', { name: name(active.id), n: place(over?.id ?? active.id) }),
    onDragCancel: ({ active }) => t('order.cancel', { name: name(active.id) }),
  };
  const instructions: ScreenReaderInstructions = { draggable: t('order.instructions') };
  const end = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onChange(moveByKey(items, String(active.id), String(over.id)));
  };
  const moveTo = (from: number, to: number) => {
    const item = items[from];
    onChange(move(items, from, to));
    if (item) setSaid(t('order.moved', { name: nameOf(item, from), n: to + 1 }));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={end}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
    >
      <SortableContext items={items.map((x) => x.key)} strategy={verticalListSortingStrategy}>
        <ol className="exhibitions-studio-sortable" aria-label={label}>
          {items.map((item, index) => (
            <Row
              key={item.key}
              id={item.key}
              name={nameOf(item, index)}
              index={index}
              count={items.length}
              onMove={(to) => moveTo(index, to)}
            >
              {render(item, index)}
            </Row>
          ))}
        </ol>
      </SortableContext>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </DndContext>
  );
}

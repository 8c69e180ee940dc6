import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, type FloorPlan, type ItemKind } from '../../../../electron/shared/tour.types';
import { Segmented } from '../../components/Segmented';
import type { Tool } from './EditorCanvas';

const TOOLS: readonly Tool[] = ['select', 'wall', 'room', 'door', 'window', 'item', 'hotspot', 'start'];

const zh = (t: FloorPlan['name']) => (typeof t === 'string' ? t : t['zh-CN']);

/** The floors (switch, add, remove), the tools, and what the chosen tool needs (furniture's kind, a room's close). */
export function EditorToolbar(props: {
  plan: FloorPlan;
  floorId: string;
  onFloor: (id: string) => void;
  onAddFloor: () => void;
  onRemoveFloor: () => void;
  tool: Tool;
  onTool: (tool: Tool) => void;
  itemKind: ItemKind;
  onItemKind: (kind: ItemKind) => void;
  /** Corners of a room or a wall drawn so far. */
  corners: number;
  onCloseRoom: () => void;
  onCancelDrawing: () => void;
  canUndo: boolean;
  onUndo: () => void;
}) {
  const { plan, floorId, tool, itemKind, corners } = props;
  const { t } = useTranslation('tour-studio');
  return (
    <div className="tour-studio-toolbar">
      <div className="tour-studio-row">
        <Segmented<string>
          label={t('floors.label')}
          options={plan.floors.map((f) => ({ value: f.id, label: zh(f.name) || f.id }))}
          value={floorId}
          onChange={props.onFloor}
        />
        <button type="button" className="btn btn-secondary" onClick={props.onAddFloor}>
          {t('floors.add')}
        </button>
        {plan.floors.length > 1 && (
          <button type="button" className="btn btn-quiet" onClick={props.onRemoveFloor}>
            {t('floors.remove')}
          </button>
        )}
        <button type="button" className="btn btn-secondary" disabled={!props.canUndo} onClick={props.onUndo}>
          {t('undo')}
        </button>
      </div>
      <Segmented<Tool>
        label={t('tools.label')}
        options={TOOLS.map((value) => ({ value, label: t(`tools.${value}`) }))}
        value={tool}
        onChange={props.onTool}
      />
      <p className="tour-studio-help" role="status">
        {t(`help.${tool}`)}
      </p>
      {tool === 'item' && (
        <Segmented<ItemKind>
          label={t('item.kind')}
          options={ITEM_KINDS.map((value) => ({ value, label: t(`items.${value}`) }))}
          value={itemKind}
          onChange={props.onItemKind}
        />
      )}
      {/* Shown from the tool's choice on, so the drawing does not move under the finger at the first corner. */}
      {(tool === 'room' || tool === 'wall') && (
        <div className="tour-studio-row">
          {tool === 'room' && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={corners < 3}
              onClick={props.onCloseRoom}
            >
              {t('room.close', { count: corners })}
            </button>
          )}
          <button
            type="button"
            className="btn btn-secondary"
            disabled={corners === 0}
            onClick={props.onCancelDrawing}
          >
            {t(tool === 'room' ? 'room.cancel' : 'wall.done')}
          </button>
        </div>
      )}
    </div>
  );
}

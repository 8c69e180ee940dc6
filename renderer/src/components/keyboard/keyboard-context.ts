import { createContext, useContext } from 'react';
import type { FieldKind } from './text-edit';
import type { LetterKind, Typing } from './typing';

export type KeyboardLayout = 'text' | 'digits';

/** What the keyboard can do to the field that has focus; the field keeps its own value. */
export interface FieldHandle {
  id: string;
  label: string;
  kind: FieldKind;
  layout: KeyboardLayout;
  insert: (text: string) => void;
  backspace: () => void;
  clear: () => void;
  /** Moves to the next field of the form, or closes the keyboard after the last. */
  done: () => void;
  /** Whether the field still has focus (it may have lost it, or left the page, meanwhile). */
  hasFocus: () => boolean;
}

export interface KeyboardApi {
  active: FieldHandle | null;
  open: (field: FieldHandle) => void;
  /** The field let go of focus: the keyboard closes soon unless a field has focus again by then. */
  release: () => void;
  /** How the letter keys start on this kind of field, on this screen. */
  typingFor: (kind: LetterKind) => Typing;
  /** The visitor switched: this kind of field starts so until the idle reset. */
  chooseTyping: (kind: LetterKind, typing: Typing) => void;
}

export const KeyboardContext = createContext<KeyboardApi>({
  active: null,
  open: () => {},
  release: () => {},
  typingFor: () => 'letters',
  chooseTyping: () => {},
});

export function useKeyboard(): KeyboardApi {
  return useContext(KeyboardContext);
}

import { z } from 'zod';
import { errors, method, setting } from '../../../../electron/shared';

/**
 * The shared side of a test area, `demo`: what a new area brings to the contract. It proves that an
 * area needs no shell edit: its methods, error codes, settings, counters, audit labels and links
 * all come in through the registries.
 */
export interface DemoNote {
  id: number;
  uid: string;
  text: string;
}

export const demoApi = {
  'demo.notes.add': method<DemoNote>()({
    role: 'librarian',
    input: z.object({ text: z.string().trim().min(1).max(200) }),
    writes: { domain: 'demo' },
  }),
  'demo.notes.remove': method<{ removed: number }>()({
    role: 'librarian',
    input: z.object({ id: z.number().int().positive() }),
    writes: { domain: 'demo' },
  }),
  'demo.greeting': method<{ greeting: string }>()({ role: 'visitor', input: z.object({}) }),
};

export const demoErrors = errors({ demo_note_shouted: { http: 409 } });

export const demoSettings = { 'demo.greeting': setting(z.string().trim().min(1).max(20), '你好') };

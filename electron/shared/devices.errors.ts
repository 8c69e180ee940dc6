import { errors } from './error-defs';

/** Pairing's refusals (texts in the shell's `errors` namespace, `codes.<code>`). */
export const devicesErrors = errors({
  /** A device on the LAN that has not paired (or was unpaired) asks for anything but pairing. */
  device_unpaired: { http: 403 },
  /** No such code, an expired one, or one burned by too many wrong tries: ask the admin for a new one. */
  pairing_code_wrong: { http: 401 },
  /** The hub's own screen, or a screen already paired, needs no pairing. */
  pairing_not_needed: { http: 409 },
  /** The hub serves no LAN (started without `--host`): there is nothing to pair with. */
  pairing_unavailable: { http: 409 },
});

import { MODEL_LIMITS } from '../../../shared/media.types';
import { DomainError } from '../../errors';

/**
 * The checks of a 3D model at upload (README: "glTF import"): a whole binary glTF 2.0 that the
 * kiosk draws with three.js's GLTFLoader offline, as it is. Pure: it reads the file through
 * {@link GlbSource} (a buffer in tests, a file handle at upload) and never reads the BIN chunk's
 * bytes, only its length.
 */

/** `glTF`, little-endian. */
const MAGIC = 0x46546c67;
const JSON_CHUNK = 0x4e4f534a;
const BIN_CHUNK = 0x004e4942;
const HEADER = 12;
const CHUNK_HEADER = 8;

/**
 * Required extensions three.js's GLTFLoader (r187) handles by itself. Anything else needs a decoder the
 * kiosk does not ship (Draco, meshopt, Basis/KTX2 need WASM or workers fetched at run time) or
 * that three.js does not know: a model requiring it would not draw.
 */
export const DECODABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  'KHR_mesh_quantization',
  'KHR_texture_transform',
  'KHR_materials_unlit',
  'KHR_materials_emissive_strength',
  'KHR_materials_clearcoat',
  'KHR_materials_ior',
  'KHR_materials_specular',
  'KHR_materials_transmission',
  'KHR_materials_volume',
  'KHR_materials_sheen',
  'KHR_materials_iridescence',
  'KHR_materials_anisotropy',
  'KHR_materials_dispersion',
  'KHR_materials_diffuse_roughness',
  'EXT_materials_bump',
  'KHR_lights_punctual',
  'EXT_texture_webp',
  'EXT_texture_avif',
  'EXT_mesh_gpu_instancing',
]);

/** Reads a model: `read(at, length)` answers up to `length` bytes from `at` (fewer at the end). */
export interface GlbSource {
  size: number;
  read(at: number, length: number): Buffer;
}

export const bufferSource = (b: Buffer): GlbSource => ({
  size: b.length,
  read: (at, length) => b.subarray(at, at + length),
});

export interface GlbFacts {
  triangles: number;
}

const malformed = (reason: string) =>
  new DomainError('media_model_malformed', `Not a whole binary glTF 2.0 file: ${reason}`, { reason });

/** glTF JSON as read: anything, checked before use. */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown, what: string): unknown[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw malformed(`${what} is not a list`);
  return v;
};
const objects = (v: unknown, what: string): Json[] =>
  list(v, what).map((o, i) => {
    if (!isObject(o)) throw malformed(`${what}[${i}] is not an object`);
    return o;
  });
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const index = (v: unknown, length: number, what: string): number => {
  if (!count(v) || v >= length) throw malformed(`${what} refers to nothing`);
  return v;
};

/** The JSON chunk's bytes and the BIN chunk's length (0 without one), from the GLB's chunks. */
function chunks(src: GlbSource): { json: Buffer; bin: number } {
  if (src.size < HEADER + CHUNK_HEADER) throw malformed('too short');
  const head = src.read(0, HEADER + CHUNK_HEADER);
  if (head.length < HEADER + CHUNK_HEADER) throw malformed('too short');
  if (head.readUInt32LE(0) !== MAGIC) throw malformed('no glTF header');
  const version = head.readUInt32LE(4);
  if (version !== 2) throw malformed(`glTF version ${version}, not 2`);
  if (head.readUInt32LE(8) !== src.size) throw malformed('its length is not the file’s length (cut off?)');
  const jsonLength = head.readUInt32LE(12);
  if (head.readUInt32LE(16) !== JSON_CHUNK) throw malformed('the first chunk is not JSON');
  const jsonEnd = HEADER + CHUNK_HEADER + jsonLength;
  if (jsonLength === 0 || jsonEnd > src.size) throw malformed('the JSON chunk does not fit');
  const json = src.read(HEADER + CHUNK_HEADER, jsonLength);
  let bin = 0;
  // Chunks after the JSON: the first may be BIN; unknown ones are skipped, as the format says.
  for (let at = jsonEnd, n = 0; at < src.size; n++) {
    const ch = src.read(at, CHUNK_HEADER);
    if (ch.length < CHUNK_HEADER) throw malformed('a chunk is cut off');
    const length = ch.readUInt32LE(0);
    const end = at + CHUNK_HEADER + length;
    if (end > src.size) throw malformed('a chunk does not fit');
    if (ch.readUInt32LE(4) === BIN_CHUNK) {
      if (n > 0) throw malformed('the BIN chunk is not the second chunk');
      bin = length;
    }
    at = end;
  }
  return { json, bin };
}

function parseJson(bytes: Buffer): Json {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/[\s\0]+$/, ''));
  } catch {
    throw malformed('its JSON does not parse');
  }
  if (!isObject(parsed)) throw malformed('its JSON is not an object');
  const asset = parsed.asset;
  if (!isObject(asset) || typeof asset.version !== 'string') throw malformed('no asset.version');
  const major = (v: unknown) => (typeof v === 'string' ? v.split('.')[0] : undefined);
  if (major(asset.minVersion ?? asset.version) !== '2') throw malformed(`glTF ${asset.version}, not 2.x`);
  return parsed;
}

/** A reference to another file anywhere a glTF may hold one: buffers and images. */
function checkSelfContained(gltf: Json, bin: number): void {
  for (const what of ['buffers', 'images'] as const) {
    for (const o of objects(gltf[what], what)) {
      if (o.uri !== undefined) {
        const uri = typeof o.uri === 'string' ? o.uri : JSON.stringify(o.uri);
        // A data: URI would load, but a file meant for one kiosk is a GLB with its parts inside.
        const shown = uri.startsWith('data:') ? `${uri.slice(0, 40)}…` : uri.slice(0, 200);
        throw new DomainError('media_model_external', `The model refers to another file: ${shown}`, {
          uri: shown,
        });
      }
    }
  }
  const buffers = objects(gltf.buffers, 'buffers');
  buffers.forEach((b, i) => {
    // Only the first buffer may be the GLB's own BIN chunk.
    if (i > 0) throw malformed(`buffer ${i} has no data`);
    if (!count(b.byteLength) || b.byteLength > bin)
      throw malformed('the buffer is longer than the BIN chunk');
  });
  for (const [i, v] of objects(gltf.bufferViews, 'bufferViews').entries()) {
    const buffer = buffers[index(v.buffer, buffers.length, `bufferView ${i}`)];
    const offset = v.byteOffset ?? 0;
    if (!count(offset) || !count(v.byteLength) || offset + v.byteLength > Number(buffer?.byteLength))
      throw malformed(`bufferView ${i} lies outside its buffer`);
  }
  const views = list(gltf.bufferViews, 'bufferViews').length;
  for (const [i, a] of objects(gltf.accessors, 'accessors').entries())
    if (a.bufferView !== undefined) index(a.bufferView, views, `accessor ${i}`);
  for (const [i, img] of objects(gltf.images, 'images').entries()) index(img.bufferView, views, `image ${i}`);
}

function checkExtensions(gltf: Json): void {
  for (const name of list(gltf.extensionsRequired, 'extensionsRequired')) {
    if (typeof name !== 'string') throw malformed('extensionsRequired holds a non-name');
    if (!DECODABLE_EXTENSIONS.has(name)) {
      throw new DomainError(
        'media_model_extension',
        `The model requires ${name}, which the kiosk cannot decode`,
        {
          extension: name,
        },
      );
    }
  }
}

/** Triangles of one primitive: its mode (4 by default), from its indices or its positions. */
function primitiveTriangles(p: Json, accessors: Json[], what: string): number {
  const mode = p.mode ?? 4;
  if (!count(mode) || mode > 6) throw malformed(`${what} has an unknown mode`);
  if (mode < 4) return 0; // points and lines
  const attributes = isObject(p.attributes) ? p.attributes : null;
  if (!attributes) throw malformed(`${what} has no attributes`);
  const from = p.indices !== undefined ? p.indices : attributes.POSITION;
  if (from === undefined) return 0;
  const n = accessors[index(from, accessors.length, what)]?.count;
  if (!count(n)) throw malformed(`${what}'s accessor has no count`);
  return mode === 4 ? Math.floor(n / 3) : Math.max(0, n - 2);
}

/** Instances a node draws its mesh (EXT_mesh_gpu_instancing: one per instance). */
function instances(node: Json, accessors: Json[], what: string): number {
  const ext = isObject(node.extensions) ? node.extensions.EXT_mesh_gpu_instancing : undefined;
  if (!isObject(ext) || !isObject(ext.attributes)) return 1;
  const first = Object.values(ext.attributes)[0];
  if (first === undefined) return 1;
  const n = accessors[index(first, accessors.length, what)]?.count;
  if (!count(n)) throw malformed(`${what}'s instances have no count`);
  return n;
}

/** Triangles drawn: every mesh's, times the nodes that draw it. */
export function countTriangles(gltf: Json): number {
  const accessors = objects(gltf.accessors, 'accessors');
  const meshes = objects(gltf.meshes, 'meshes').map((m, i) =>
    objects(m.primitives, `mesh ${i} primitives`).reduce(
      (sum, p, j) => sum + primitiveTriangles(p, accessors, `mesh ${i} primitive ${j}`),
      0,
    ),
  );
  let total = 0;
  for (const [i, node] of objects(gltf.nodes, 'nodes').entries()) {
    if (node.mesh === undefined) continue;
    const mesh = meshes[index(node.mesh, meshes.length, `node ${i}`)] ?? 0;
    total += mesh * instances(node, accessors, `node ${i}`);
  }
  return total;
}

/**
 * Checks a model as the kiosk takes it: a whole GLB (header, length, chunks, JSON), glTF 2.x, no
 * reference to another file, no required extension it cannot decode, at most
 * {@link MODEL_LIMITS}.triangles triangles. Throws the refusal; answers what it counted.
 */
export function checkGlb(src: GlbSource, maxTriangles: number = MODEL_LIMITS.triangles): GlbFacts {
  const { json, bin } = chunks(src);
  const gltf = parseJson(json);
  checkExtensions(gltf);
  checkSelfContained(gltf, bin);
  const triangles = countTriangles(gltf);
  if (triangles > maxTriangles) {
    throw new DomainError(
      'media_model_triangles',
      `The model has ${triangles} triangles; at most ${maxTriangles}`,
      { triangles, limit: maxTriangles },
    );
  }
  return { triangles };
}

/**
 * 3D models made on the spot for tests (never downloaded): a binary glTF 2.0 of boxes or of a
 * strip of `n` triangles, with options to break it as uploads get broken. Only tests import this.
 */

export interface GlbOptions {
  /** Triangles in one mesh (a flat fan of them); default: a box of 12. */
  triangles?: number;
  /** Nodes drawing the mesh (default 1), side by side. */
  nodes?: number;
  /** A box of this size along glTF's x, y (up) and z (default 1 × 1 × 1), a corner at the origin. */
  box?: [number, number, number];
  /** A picture (PNG bytes) inside the file, the first material's colour, mapped from above. */
  texture?: Buffer;
  /** Gives the first buffer a `uri` (an external file). */
  bufferUri?: string;
  /** Adds an image that refers to a file beside the model. */
  imageUri?: string;
  extensionsRequired?: string[];
  /** glTF's `version` in the GLB header (default 2). */
  version?: number;
  /** Changes the JSON after it is built. */
  edit?: (gltf: Record<string, unknown>) => void;
}

const pad = (b: Buffer, fill: number) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4, fill)]);

function boxMesh([w, h, d]: [number, number, number]): { positions: number[]; indices: number[] } {
  const positions: number[] = [];
  for (const y of [0, h]) for (const z of [0, d]) for (const x of [0, w]) positions.push(x, y, z);
  // 8 corners (index = y*4 + z*2 + x); 12 triangles facing out.
  const faces = [
    [0, 1, 3, 2], // bottom
    [4, 6, 7, 5], // top
    [0, 4, 5, 1], // z = 0
    [2, 3, 7, 6], // z = d
    [0, 2, 6, 4], // x = 0
    [1, 5, 7, 3], // x = w
  ];
  const indices = faces.flatMap(([a, b, c, e]) => [a!, b!, c!, a!, c!, e!]);
  return { positions, indices };
}

function fanMesh(n: number): { positions: number[]; indices: number[] } {
  const positions = [0, 0, 0];
  for (let i = 0; i <= n; i++) {
    const a = (i / Math.max(1, n)) * Math.PI;
    positions.push(Math.cos(a), 0, Math.sin(a));
  }
  const indices: number[] = [];
  for (let i = 0; i < n; i++) indices.push(0, i + 2, i + 1);
  return { positions, indices };
}

/** A GLB as exporters write it: header, JSON chunk (space-padded), BIN chunk (zero-padded). */
export function glb(options: GlbOptions = {}): Buffer {
  const { positions, indices } =
    options.triangles !== undefined ? fanMesh(options.triangles) : boxMesh(options.box ?? [1, 1, 1]);
  const pos = Buffer.from(new Float32Array(positions).buffer);
  const idx = pad(Buffer.from(new Uint32Array(indices).buffer), 0);
  // Texture coordinates from above (x, z), one picture per metre.
  const uv = Buffer.from(new Float32Array(positions.flatMap((v, i) => (i % 3 === 1 ? [] : [v]))).buffer);
  const png = options.texture ? pad(options.texture, 0) : Buffer.alloc(0);
  const bin = Buffer.concat([pos, idx, ...(options.texture ? [uv, png] : [])]);
  const min = [0, 1, 2].map((k) => Math.min(...positions.filter((_, i) => i % 3 === k)));
  const max = [0, 1, 2].map((k) => Math.max(...positions.filter((_, i) => i % 3 === k)));
  const nodes = Array.from({ length: options.nodes ?? 1 }, (_, i) => ({
    mesh: 0,
    translation: [i * 2, 0, 0],
  }));
  const gltf: Record<string, unknown> = {
    asset: { version: '2.0', generator: 'hongyi tests' },
    scene: 0,
    scenes: [{ nodes: nodes.map((_, i) => i) }],
    nodes,
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1, material: 0 }] }],
    materials: [
      {
        doubleSided: true,
        pbrMetallicRoughness: { baseColorFactor: [0.7, 0.2, 0.15, 1], metallicFactor: 0 },
      },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, count: positions.length / 3, type: 'VEC3', min, max },
      { bufferView: 1, componentType: 5125, count: indices.length, type: 'SCALAR' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: pos.length, target: 34962 },
      { buffer: 0, byteOffset: pos.length, byteLength: indices.length * 4, target: 34963 },
    ],
    buffers: [{ byteLength: bin.length, ...(options.bufferUri ? { uri: options.bufferUri } : {}) }],
  };
  if (options.texture) {
    const at = pos.length + idx.length;
    (gltf.bufferViews as unknown[]).push(
      { buffer: 0, byteOffset: at, byteLength: uv.length },
      { buffer: 0, byteOffset: at + uv.length, byteLength: options.texture.length },
    );
    (gltf.accessors as unknown[]).push({
      bufferView: 2,
      componentType: 5126,
      count: positions.length / 3,
      type: 'VEC2',
    });
    const meshes = gltf.meshes as { primitives: { attributes: Record<string, number> }[] }[];
    meshes[0]!.primitives[0]!.attributes.TEXCOORD_0 = 2;
    gltf.images = [{ bufferView: 3, mimeType: 'image/png' }];
    gltf.samplers = [{ wrapS: 10497, wrapT: 10497 }];
    gltf.textures = [{ source: 0, sampler: 0 }];
    const material = (gltf.materials as { pbrMetallicRoughness: Record<string, unknown> }[])[0]!;
    material.pbrMetallicRoughness.baseColorTexture = { index: 0 };
    material.pbrMetallicRoughness.baseColorFactor = [1, 1, 1, 1];
  }
  if (options.imageUri) gltf.images = [{ uri: options.imageUri }];
  if (options.extensionsRequired) {
    gltf.extensionsUsed = options.extensionsRequired;
    gltf.extensionsRequired = options.extensionsRequired;
  }
  options.edit?.(gltf);
  const json = pad(Buffer.from(JSON.stringify(gltf)), 0x20);
  const chunk = (type: number, data: Buffer) => {
    const h = Buffer.alloc(8);
    h.writeUInt32LE(data.length, 0);
    h.writeUInt32LE(type, 4);
    return Buffer.concat([h, data]);
  };
  const body = Buffer.concat([chunk(0x4e4f534a, json), chunk(0x004e4942, bin)]);
  const header = Buffer.alloc(12);
  header.write('glTF', 0, 'latin1');
  header.writeUInt32LE(options.version ?? 2, 4);
  header.writeUInt32LE(12 + body.length, 8);
  return Buffer.concat([header, body]);
}

import { describe, expect, it } from 'vitest';
import { MODEL_LIMITS } from '../../../shared/media.types';
import { DomainError } from '../../errors';
import { bufferSource, checkGlb, countTriangles } from './glb-check';
import { glb, type GlbOptions } from './glb-testing';
import { sniff } from './sniff';

const check = (b: Buffer, max?: number) => checkGlb(bufferSource(b), max);

/** The refusal of a file: its code and details. */
function refusal(b: Buffer, max?: number): { code: string; details: unknown } {
  try {
    check(b, max);
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, details: err.details };
    throw err;
  }
  throw new Error('accepted');
}

const malformed = (reason: RegExp) => ({
  code: 'media_model_malformed',
  details: { reason: expect.stringMatching(reason) as unknown },
});

describe('a 3D model at upload (binary glTF 2.0)', () => {
  it('is sniffed from its header, version 2 or not (the check then says which)', () => {
    expect(sniff(glb())).toEqual({ format: 'glb', family: 'model' });
    expect(sniff(glb().subarray(0, 4))).toEqual({ format: 'glb', family: 'model' });
    expect(sniff(Buffer.from('gltf\x02\0\0\0'))).toBeNull();
  });

  it('takes a box: 12 triangles; its picture inside the file too', () => {
    expect(check(glb())).toEqual({ triangles: 12 });
    expect(check(glb({ texture: Buffer.from('\x89PNG fake picture') }))).toEqual({ triangles: 12 });
  });

  it('counts triangles of every node that draws a mesh', () => {
    expect(check(glb({ triangles: 1000 }))).toEqual({ triangles: 1000 });
    expect(check(glb({ triangles: 1000, nodes: 7 }))).toEqual({ triangles: 7000 });
    expect(check(glb({ nodes: 0 }))).toEqual({ triangles: 0 });
  });

  it('counts strips and fans as n − 2, points and lines as none, positions without indices as n / 3', () => {
    const mode = (m: number | undefined, noIndices = false): GlbOptions => ({
      triangles: 10, // 12 positions, 30 indices
      edit: (g) => {
        const prim = (g.meshes as { primitives: Record<string, unknown>[] }[])[0]!.primitives[0]!;
        if (m === undefined) delete prim.mode;
        else prim.mode = m;
        if (noIndices) delete prim.indices;
      },
    });
    expect(check(glb(mode(undefined))).triangles).toBe(10);
    expect(check(glb(mode(4, true))).triangles).toBe(4);
    expect(check(glb(mode(5))).triangles).toBe(28);
    expect(check(glb(mode(6))).triangles).toBe(28);
    for (const m of [0, 1, 2, 3]) expect(check(glb(mode(m))).triangles).toBe(0);
    expect(refusal(glb(mode(7)))).toMatchObject(malformed(/mode/));
  });

  it('multiplies by GPU instances (EXT_mesh_gpu_instancing)', () => {
    const gltf = {
      accessors: [{ count: 30 }, { count: 5 }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
      nodes: [{ mesh: 0, extensions: { EXT_mesh_gpu_instancing: { attributes: { TRANSLATION: 1 } } } }],
    };
    expect(countTriangles(gltf)).toBe(50);
  });

  it('refuses more triangles than the cap, saying how many', () => {
    expect(MODEL_LIMITS.triangles).toBe(500_000);
    expect(refusal(glb({ triangles: 2000, nodes: 3 }), 5000)).toEqual({
      code: 'media_model_triangles',
      details: { triangles: 6000, limit: 5000 },
    });
    expect(refusal(glb({ triangles: 1000, nodes: 501 }))).toMatchObject({
      code: 'media_model_triangles',
      details: { triangles: 501_000, limit: 500_000 },
    });
  });

  it('refuses a reference to another file, in a buffer or an image', () => {
    expect(refusal(glb({ bufferUri: 'scene.bin' }))).toEqual({
      code: 'media_model_external',
      details: { uri: 'scene.bin' },
    });
    expect(refusal(glb({ imageUri: 'textures/wall.png' }))).toEqual({
      code: 'media_model_external',
      details: { uri: 'textures/wall.png' },
    });
    expect(refusal(glb({ imageUri: `data:image/png;base64,${'A'.repeat(100)}` }))).toMatchObject({
      code: 'media_model_external',
    });
  });

  it('refuses a required extension the kiosk cannot decode, and takes those three.js decodes itself', () => {
    for (const extension of [
      'KHR_draco_mesh_compression',
      'EXT_meshopt_compression',
      'KHR_meshopt_compression',
      'KHR_texture_basisu',
      'ADOBE_materials_thin_transparency',
    ])
      expect(refusal(glb({ extensionsRequired: [extension] }))).toEqual({
        code: 'media_model_extension',
        details: { extension },
      });
    expect(check(glb({ extensionsRequired: ['KHR_mesh_quantization', 'KHR_materials_unlit'] }))).toEqual({
      triangles: 12,
    });
    // Used but not required: the model has a fallback.
    expect(check(glb({ edit: (g) => (g.extensionsUsed = ['KHR_draco_mesh_compression']) }))).toEqual({
      triangles: 12,
    });
  });

  it('refuses a file that is not a whole GLB, saying what is wrong', () => {
    const good = glb();
    const wrongMagic = Buffer.from(good);
    wrongMagic.write('glTx', 0, 'latin1');
    expect(refusal(wrongMagic)).toMatchObject(malformed(/header/));
    expect(refusal(glb({ version: 1 }))).toMatchObject(malformed(/version 1/));
    expect(refusal(good.subarray(0, good.length - 10))).toMatchObject(malformed(/length/));
    expect(refusal(good.subarray(0, 10))).toMatchObject(malformed(/short/));
    // The header's length patched to match a cut-off file: the chunks then tell.
    const cut = Buffer.from(good.subarray(0, good.length - 10));
    cut.writeUInt32LE(cut.length, 8);
    expect(refusal(cut)).toMatchObject(malformed(/chunk/));
    const notJson = Buffer.from(good);
    notJson.writeUInt32LE(0x004e4942, 16);
    expect(refusal(notJson)).toMatchObject(malformed(/first chunk/));
    const badJson = Buffer.from(good);
    badJson.write('[', 20, 'latin1');
    expect(refusal(badJson)).toMatchObject(malformed(/JSON/));
    expect(refusal(glb({ edit: (g) => (g.asset = { version: '1.0' }) }))).toMatchObject(malformed(/1\.0/));
    expect(refusal(glb({ edit: (g) => delete g.asset }))).toMatchObject(malformed(/asset/));
  });

  it('refuses references inside the file that lead nowhere or outside the BIN chunk', () => {
    const cases: [GlbOptions['edit'], RegExp][] = [
      [(g) => ((g.nodes as Record<string, unknown>[])[0]!.mesh = 3), /node 0/],
      [(g) => ((g.buffers as Record<string, unknown>[])[0]!.byteLength = 10_000), /BIN/],
      [(g) => ((g.bufferViews as Record<string, unknown>[])[1]!.byteLength = 10_000), /bufferView 1/],
      [(g) => ((g.accessors as Record<string, unknown>[])[1]!.bufferView = 9), /accessor 1/],
      [(g) => (g.buffers = [...(g.buffers as unknown[]), { byteLength: 4 }]), /buffer 1/],
      [(g) => (g.images = [{ mimeType: 'image/png' }]), /image 0/],
      [(g) => (g.meshes = {}), /meshes/],
      [(g) => ((g.meshes as Record<string, unknown>[])[0]!.primitives = [{ indices: 1 }]), /attributes/],
    ];
    for (const [edit, reason] of cases) expect(refusal(glb({ edit }))).toMatchObject(malformed(reason));
  });
});

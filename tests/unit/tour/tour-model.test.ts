import {
  Box3,
  Mesh,
  MeshLambertMaterial,
  Raycaster,
  Vector3,
  type BufferGeometry,
  type Material,
} from 'three';
import { describe, expect, it } from 'vitest';
import { DEMO_PLAN } from '../../../electron/core/features/tour/demo/demo-plan';
import { shownPlan } from '../../../electron/core/features/tour/tour.handlers';
import { glb } from '../../../electron/core/platform/media/glb-testing';
import type { PlanModel } from '../../../electron/shared/tour.types';
import { ModelScene } from '../../../renderer/src/features/tour/scene/model-scene';

const STOREY = DEMO_PLAN.storey;

async function modelScene(model: Omit<PlanModel, 'media'>, box: [number, number, number]) {
  const scene = new ModelScene(shownPlan({ ...DEMO_PLAN, model: { media: 'a'.repeat(64), ...model } }));
  const bytes = glb({ box });
  await scene.parse(new Uint8Array(bytes).buffer);
  return scene;
}

const boundsOf = (scene: ModelScene) => {
  scene.group.updateMatrixWorld(true);
  const b = new Box3().setFromObject(scene.occluders[0]!);
  const r = (v: Vector3) => [v.x, v.y, v.z].map((n) => Math.round(n * 1000) / 1000 + 0);
  return { min: r(b.min), max: r(b.max) };
};

describe('the centre’s own model in the 3D view', () => {
  it('lies on the plan as written: glTF +X the plan’s x, +Z its y, scaled, turned clockwise, then placed', async () => {
    const plain = await modelScene({}, [2, 3, 1]);
    plain.show(0);
    expect(boundsOf(plain)).toEqual({ min: [0, 0, 0], max: [2, 3, 1] });

    const placed = await modelScene({ offset: [10, 5], turn: 90, scale: 2 }, [1, 4, 0.5]);
    placed.show(0);
    // 2 × 8 × 1 turned a quarter clockwise seen from above (x runs down the page), origin at (10, 5).
    expect(boundsOf(placed)).toEqual({ min: [9, 0, 5], max: [10, 8, 7] });
    // Floor 1 is shown at height 0: the model is lowered by one storey.
    placed.show(1);
    expect(boundsOf(placed)).toEqual({ min: [9, -STOREY, 5], max: [10, 8 - STOREY, 7] });
    plain.dispose();
    placed.dispose();
  });

  it('a tap or a sight line meets only what the clipping planes leave drawn: the shown floor', async () => {
    // Two storeys of one box: its roof is above the first floor's ceiling.
    const scene = await modelScene({}, [20, STOREY * 2, 10]);
    scene.show(0);
    const ray = new Raycaster(new Vector3(5, 20, 5), new Vector3(0, -1, 0));
    const hits = ray.intersectObjects(scene.pickable, true);
    expect(hits[0]?.point.y).toBeCloseTo(STOREY * 2);
    expect(scene.shown(hits)?.point.y).toBeCloseTo(0);
    // The ground stands in where the model has no floor.
    const outside = new Raycaster(new Vector3(30, 1.6, 20), new Vector3(0, -1, 0));
    const ground = scene.shown(outside.intersectObjects(scene.pickable, true));
    expect(ground?.object).toBeInstanceOf(Mesh);
    expect(ground?.point.y).toBeCloseTo(0);
    scene.dispose();
  });

  it('draws the model’s materials as Lambert ones, cheap on a processor', async () => {
    const scene = await modelScene({}, [2, 2, 2]);
    const materials: Material[] = [];
    scene.occluders[0]!.traverse((o) => {
      if (o instanceof Mesh) materials.push(o.material as Material);
    });
    expect(materials.length).toBeGreaterThan(0);
    for (const m of materials) expect(m).toBeInstanceOf(MeshLambertMaterial);
    scene.dispose();
  });

  it('frees every geometry and material it made, the ground’s too', async () => {
    const scene = await modelScene({}, [2, 2, 2]);
    const disposed = new Set<unknown>();
    const made = new Set<BufferGeometry | Material>();
    scene.group.traverse((o) => {
      if (!(o instanceof Mesh)) return;
      for (const x of [o.geometry as BufferGeometry, o.material as Material]) {
        made.add(x);
        x.addEventListener('dispose', () => disposed.add(x));
      }
    });
    expect(made.size).toBe(4);
    scene.dispose();
    expect(disposed.size).toBe(made.size);
  });
});

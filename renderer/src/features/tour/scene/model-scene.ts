import {
  type BufferGeometry,
  Group,
  type Intersection,
  type Material,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshStandardMaterial,
  type Object3D,
  PlaneGeometry,
  Plane,
  TextureLoader,
  Vector3,
} from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import type { ShownPlan } from '../../../../../electron/shared/tour.types';
import { disposeTree } from './build-scene';

/**
 * A glTF material (physically based, costly per pixel on a processor drawing as a GPU) as the
 * Lambert material the drawn scene uses, keeping its colour, pictures and transparency.
 */
function lambertOf(material: Material): Material {
  if (!(material instanceof MeshStandardMaterial)) return material;
  const m = material;
  const lambert = new MeshLambertMaterial({
    name: m.name,
    color: m.color,
    map: m.map,
    emissive: m.emissive,
    emissiveMap: m.emissiveMap,
    emissiveIntensity: m.emissiveIntensity,
    normalMap: m.normalMap,
    alphaMap: m.alphaMap,
    aoMap: m.aoMap,
    transparent: m.transparent,
    opacity: m.opacity,
    alphaTest: m.alphaTest,
    side: m.side,
    vertexColors: m.vertexColors,
  });
  // Its pictures now belong to the Lambert material (freed with it on leave).
  m.dispose();
  return lambert;
}

/** Below the shown floor, this much of the model is still drawn (its slab), metres. */
const BELOW = 0.3;

/**
 * The centre's own model (README: "glTF import") in place of the plan's walls and furniture. One
 * model holds every floor: to show floor n, the model is lowered by n × storey, so the shown
 * floor stands at height 0 like the plan's own floors (the camera, the hotspots and the picking
 * stay as they are), and two clipping planes cut away what lies above its ceiling (n + 1) ×
 * storey and below its slab. Taps and sight lines ignore what the planes cut away.
 */
export class ModelScene {
  readonly group = new Group();
  /** World-space planes for `renderer.clippingPlanes`: at the ceiling and just below the floor. */
  readonly planes: Plane[];
  /** An invisible floor at height 0: a tap walks there even where the model has no floor. */
  private readonly ground: Mesh;
  private readonly placed = new Group();

  constructor(private readonly plan: ShownPlan) {
    const [w, d] = plan.size;
    const plane = new PlaneGeometry(w, d);
    plane.rotateX(-Math.PI / 2);
    plane.translate(w / 2, 0, d / 2);
    this.ground = new Mesh(plane, new MeshBasicMaterial({ visible: false }));
    this.planes = [new Plane(new Vector3(0, -1, 0), plan.storey), new Plane(new Vector3(0, 1, 0), BELOW)];
    const m = plan.model;
    // glTF: +X the plan's x, +Z its y (down the page), +Y up. Scaled, turned clockwise, then placed.
    this.placed.scale.setScalar(m?.scale ?? 1);
    this.placed.rotation.y = (-(m?.turn ?? 0) * Math.PI) / 180;
    this.group.add(this.placed, this.ground);
  }

  /**
   * Fetches the model (same origin, checked at upload: no other file, nothing to decode) and
   * parses it. Its pictures are read with an image element, not fetch(): the page's CSP lets
   * images, not connections, come from the `blob:` URLs GLTFLoader makes for them.
   */
  async load(signal: AbortSignal): Promise<void> {
    const id = this.plan.model?.media ?? '';
    const res = await fetch(mediaUrl(id), { signal });
    if (!res.ok) throw new Error(`model ${id}: HTTP ${res.status}`);
    await this.parse(await res.arrayBuffer(), signal);
  }

  /** Parses a GLB's bytes into the scene, its meshes indexed for picking (three-mesh-bvh). */
  async parse(data: ArrayBuffer, signal?: AbortSignal): Promise<void> {
    const loader = new GLTFLoader().register((parser) => {
      parser.textureLoader = new TextureLoader(parser.options.manager);
      return { name: 'hongyi_image_elements' };
    });
    const gltf = await loader.parseAsync(data, '');
    if (signal?.aborted) {
      disposeTree(gltf.scene);
      throw new DOMException('left before the model was drawn', 'AbortError');
    }
    // One Lambert material for each of the model's, however many meshes share it.
    const lamberts = new Map<Material, Material>();
    const lambert = (m: Material) => {
      let l = lamberts.get(m);
      if (!l) lamberts.set(m, (l = lambertOf(m)));
      return l;
    };
    gltf.scene.traverse((o) => {
      if (!(o instanceof Mesh)) return;
      (o.geometry as BufferGeometry).computeBoundsTree();
      o.material = Array.isArray(o.material)
        ? (o.material as Material[]).map(lambert)
        : lambert(o.material as Material);
      o.castShadow = false;
      o.receiveShadow = false;
    });
    this.placed.add(gltf.scene);
    this.placed.updateMatrixWorld(true);
  }

  /** Shows floor `index` (from 0) at height 0, and its offset on the plan. */
  show(index: number): void {
    const [x, y] = this.plan.model?.offset ?? [0, 0];
    this.placed.position.set(x, -index * this.plan.storey, y);
    this.placed.updateMatrixWorld(true);
  }

  /** What a tap can walk on or up to. */
  get pickable(): Object3D[] {
    return [this.placed, this.ground];
  }

  /** What hides a hotspot: the model as drawn. */
  get occluders(): Object3D[] {
    return [this.placed];
  }

  /** The first hit the clipping planes leave drawn (or the ground). */
  shown(hits: Intersection[]): Intersection | undefined {
    return hits.find((h) => this.planes.every((p) => p.distanceToPoint(h.point) >= -1e-3));
  }

  /** Frees the model's geometries (and BVHs), materials and textures, and the ground. */
  dispose(): void {
    disposeTree(this.group);
  }
}

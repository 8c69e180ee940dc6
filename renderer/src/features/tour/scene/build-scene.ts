import {
  BoxGeometry,
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshLambertMaterial,
  ShapeGeometry,
  Shape,
  Texture,
  type Material,
  type Object3D,
} from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { acceleratedRaycast, computeBoundsTree, disposeBoundsTree } from 'three-mesh-bvh';
import type { ItemKind, ShownFloor } from '../../../../../electron/shared/tour.types';
import { wallPieces } from '../plan-geometry';

// Picking through a bounding volume hierarchy (three-mesh-bvh): a tap or a sight line tests a few
// boxes, not every triangle of the floor.
Mesh.prototype.raycast = acceleratedRaycast;
BufferGeometry.prototype.computeBoundsTree = computeBoundsTree;
BufferGeometry.prototype.disposeBoundsTree = disposeBoundsTree;

/** Colours that read well under flat, software-rendered light: warm walls, soft room floors. */
const WALL = new Color('#e6dccd');
const FLOORS = ['#f4e1c8', '#dfe8df', '#e4e2ef', '#f1dada', '#e2ecf2', '#efe8cf'].map((c) => new Color(c));
const ITEMS: Record<ItemKind, { colour: string; height: number; lift?: number }> = {
  shelf: { colour: '#7a3b2e', height: 2 },
  exhibitWall: { colour: '#b8322a', height: 2.6 },
  screen: { colour: '#222831', height: 1.4, lift: 0.9 },
  desk: { colour: '#a8743f', height: 1.05 },
  seating: { colour: '#5f7587', height: 0.45 },
  table: { colour: '#c99a62', height: 0.75 },
  lectern: { colour: '#9c2a22', height: 1.15 },
};
const WALL_THICKNESS = 0.2;

/** One floor of the scene: what is drawn, and what a tap can hit. */
export interface FloorScene {
  group: Group;
  /** The floor's surfaces (a tap there walks), and its walls (a tap there walks up to them). */
  ground: Mesh;
  walls: Mesh;
}

function coloured(geometry: BufferGeometry, colour: Color): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry;
  if (g !== geometry) geometry.dispose();
  const n = g.getAttribute('position').count;
  const colours = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) colours.set([colour.r, colour.g, colour.b], i * 3);
  g.setAttribute('color', new Float32BufferAttribute(colours, 3));
  g.deleteAttribute('uv');
  return g;
}

/** One mesh of many coloured pieces: a single draw call, whatever the plan's size. */
function merged(pieces: BufferGeometry[], material: Material): Mesh {
  const geometry = pieces.length > 0 ? mergeGeometries(pieces) : new BufferGeometry();
  for (const p of pieces) p.dispose();
  return new Mesh(geometry, material);
}

function box(width: number, height: number, depth: number, x: number, y: number, z: number, turn: number) {
  const g = new BoxGeometry(width, height, depth);
  g.rotateY(turn);
  g.translate(x, y, z);
  return g;
}

/**
 * A floor of the plan as three.js objects, at height 0 (the plan's x is x, its y is z): walls,
 * room floors and furniture, each one merged mesh. Names and hotspots are not drawn here: the page
 * shows them as elements over the canvas (see tour-view.ts).
 */
export function buildFloor(
  floor: ShownFloor,
  options: { storey: number; size: [number, number] },
): FloorScene {
  const group = new Group();
  group.name = floor.id;
  const material = new MeshLambertMaterial({ vertexColors: true });

  const base = new Shape();
  const [w, d] = options.size;
  // Shapes are drawn at (x, −y) and turned face up, so the plan's y runs along the scene's z.
  base.moveTo(0, 0).lineTo(w, 0).lineTo(w, -d).lineTo(0, -d);
  const floors = [coloured(new ShapeGeometry(base), new Color('#d9d2c5'))];
  floor.rooms.forEach((room, i) => {
    const shape = new Shape();
    room.outline.forEach(([x, y], j) => (j === 0 ? shape.moveTo(x, -y) : shape.lineTo(x, -y)));
    const g = new ShapeGeometry(shape);
    g.translate(0, 0, 0.01 * (i + 1));
    floors.push(coloured(g, FLOORS[i % FLOORS.length] ?? WALL));
  });
  for (const g of floors) g.rotateX(-Math.PI / 2);
  const ground = merged(floors, material);
  ground.receiveShadow = true;

  const walls = merged(
    floor.walls.flatMap((wall) =>
      wallPieces(wall, options.storey).map((p) => {
        const length = Math.hypot(p.b[0] - p.a[0], p.b[1] - p.a[1]);
        const turn = -Math.atan2(p.b[1] - p.a[1], p.b[0] - p.a[0]);
        const mx = (p.a[0] + p.b[0]) / 2;
        const mz = (p.a[1] + p.b[1]) / 2;
        const g = box(
          length + WALL_THICKNESS,
          p.top - p.bottom,
          WALL_THICKNESS,
          mx,
          (p.top + p.bottom) / 2,
          mz,
          turn,
        );
        return coloured(g, WALL);
      }),
    ),
    material,
  );
  walls.castShadow = true;
  walls.receiveShadow = true;

  const furniture = merged(
    floor.items.map((item) => {
      const look = ITEMS[item.kind];
      const lift = look.lift ?? 0;
      const g = box(
        item.size[0],
        look.height,
        item.size[1],
        item.at[0],
        lift + look.height / 2,
        item.at[1],
        (-(item.turn ?? 0) * Math.PI) / 180,
      );
      return coloured(g, new Color(look.colour));
    }),
    material,
  );
  furniture.castShadow = true;
  furniture.receiveShadow = true;
  group.add(ground, walls, furniture);

  return { group, ground, walls };
}

/**
 * Frees what a part of the scene holds on the GPU: geometries (and their BVHs), materials and the
 * textures they hold (a centre's model has them; the plan's own floors have none).
 */
export function disposeTree(root: Object3D): void {
  const materials = new Set<Material>();
  root.traverse((o) => {
    if (o instanceof Mesh) {
      const geometry = o.geometry as BufferGeometry;
      if (geometry.boundsTree) geometry.disposeBoundsTree();
      geometry.dispose();
      for (const m of Array.isArray(o.material) ? o.material : [o.material]) materials.add(m as Material);
    }
  });
  for (const m of materials) {
    for (const value of Object.values(m)) if (value instanceof Texture) value.dispose();
    m.dispose();
  }
}

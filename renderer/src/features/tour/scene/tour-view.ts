import CameraControls from 'camera-controls';
import {
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  type Material,
  Matrix4,
  Mesh,
  PerspectiveCamera,
  Quaternion,
  Raycaster,
  Scene,
  Sphere,
  Timer,
  Spherical,
  Vector2,
  Vector3,
  Vector4,
  WebGLRenderer,
} from 'three';
import type { PlanPoint, ShownPlan } from '../../../../../electron/shared/tour.types';
import { buildFloor, disposeTree, type FloorScene } from './build-scene';
import { ModelScene } from './model-scene';
import { QUALITIES, SelfTest, type FrameStats, type Quality } from './quality';

CameraControls.install({
  THREE: { Vector2, Vector3, Vector4, Quaternion, Matrix4, Spherical, Box3, Sphere, Raycaster },
});

/** Eye height of a visitor walking the model, metres. */
const EYE = 1.6;
/** A tap: pressed and lifted within this many pixels and milliseconds. */
const TAP_PIXELS = 12;
const TAP_MS = 600;
/** The self-test: frames measured for this long at each quality; slower than this p95 steps down. */

/** Something drawn over the canvas at a point of the scene: a hotspot's button, a room's name. */
export interface Pinned {
  floor: string;
  at: PlanPoint;
  /** Height above the floor, metres. */
  height: number;
  element: HTMLElement;
}

/**
 * What the self-test found at one quality: frame times (`p50`, `p95`, ms, between frames shown),
 * what building the scene took and what the GPU holds.
 */
export interface Measured extends FrameStats {
  quality: Quality;
  software: boolean;
  buildMs: number;
  /** The self-test keeps this quality (false: it steps down, or gives up 3D). */
  done: boolean;
  geometries: number;
  textures: number;
}

export interface TourViewEvents {
  /** A tap on the canvas that hit no pinned element walked; this one hit a hotspot's button (not here). */
  onMoved(floor: string, at: PlanPoint, heading: number): void;
  onMeasured(measured: Measured): void;
  /**
   * The 3D view gives up: too slow even at the lowest quality, the GPU context was lost, or the
   * centre's model could not be loaded.
   */
  onFallback(reason: 'slow' | 'lost' | 'model'): void;
  /** The centre's model is drawn (plans with one). */
  onModel?(): void;
  /** Touch or drag on the canvas (pauses a guided tour). */
  onInteract(): void;
}

/**
 * The 3D tour on a canvas: builds each floor from the plan, lets a visitor look around (one
 * finger), zoom (pinch or wheel) and walk (a tap on the floor) with camera-controls, picks with
 * three-mesh-bvh, keeps the pinned elements over their spots, and renders only when something
 * moved. It measures its frames at start and lowers its quality, or gives up, as the issue asks.
 */
export class TourView {
  /** Milliseconds to build every floor of the plan (or to fetch, parse and index its model). */
  buildMs = 0;
  frames = 0;
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera: PerspectiveCamera;
  private readonly controls: CameraControls;
  private readonly floors = new Map<string, FloorScene>();
  /** The centre's own model, drawn instead of the plan's walls and furniture when it has one. */
  private readonly model: ModelScene | null;
  private readonly loading = new AbortController();
  private readonly sun: DirectionalLight;
  private readonly raycaster = new Raycaster();
  private readonly timer = new Timer();
  private pinned: Pinned[] = [];
  /** Kept for {@link place}, which runs every frame the view moves. */
  private readonly spot = new Vector3();
  private readonly sight = new Vector3();
  private floor: string;
  private frame = 0;
  private dirty = true;
  private readonly selfTest: SelfTest;
  private covered = false;
  private probePending = false;
  private down: { x: number; y: number; at: number } | null = null;
  private disposed = false;

  /** `software`: the processor draws (start without antialiasing or shadows). */
  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly plan: ShownPlan,
    private readonly events: TourViewEvents,
    readonly software: boolean,
    /** Slower frames than this (p95, ms) step quality down, and at the lowest give up 3D. */
    slowMs: number,
    /** Where the self-test starts (a technician comparing, the bench); by default by the renderer. */
    start?: Quality,
  ) {
    this.renderer = new WebGLRenderer({
      canvas,
      antialias: !this.software,
      powerPreference: 'high-performance',
    });
    this.selfTest = new SelfTest(start ?? (this.software ? 'medium' : 'high'), slowMs);
    this.renderer.setClearColor(new Color('#f6f1ea'));
    this.camera = new PerspectiveCamera(62, 1, 0.05, 400);
    this.controls = new CameraControls(this.camera, canvas);
    this.setUpControls();

    // Light from the sky and a low sun from one side, so walls facing different ways read apart.
    this.scene.add(new HemisphereLight('#ffffff', '#a89a88', 1.5));
    this.sun = new DirectionalLight('#fff4e0', 2.2);
    this.sun.position.set(plan.size[0] / 2 - 18, 22, plan.size[1] / 2 - 10);
    this.sun.target.position.set(plan.size[0] / 2, 0, plan.size[1] / 2);
    const cam = this.sun.shadow.camera;
    const half = Math.max(...plan.size) / 2 + 2;
    Object.assign(cam, { left: -half, right: half, top: half, bottom: -half, near: 1, far: 80 });
    this.sun.shadow.mapSize.set(1024, 1024);
    this.scene.add(this.sun, this.sun.target);

    const started = performance.now();
    this.model = plan.model ? new ModelScene(plan) : null;
    if (this.model) {
      this.scene.add(this.model.group);
      // The renderer's own planes, not each material's: the scene holds nothing else to draw
      // (hotspots and names are page elements).
      this.renderer.clippingPlanes = this.model.planes;
      void this.loadModel(this.model, started);
    } else {
      for (const f of plan.floors) {
        const built = buildFloor(f, { storey: plan.storey, size: plan.size });
        built.ground.geometry.computeBoundsTree();
        built.walls.geometry.computeBoundsTree();
        built.group.visible = false;
        this.floors.set(f.id, built);
        this.scene.add(built.group);
      }
      this.buildMs = performance.now() - started;
    }
    this.floor = plan.start.floor;
    this.applyQuality();
    this.goTo(plan.start.floor, plan.start.at, plan.start.look, false);

    canvas.addEventListener('webglcontextlost', this.lost);
    canvas.addEventListener('pointerdown', this.pressed);
    canvas.addEventListener('pointerup', this.lifted);
    this.controls.addEventListener('controlstart', this.interacted);
    this.resize();
    this.frame = requestAnimationFrame(this.tick);
    // With a model, the self-test measures once it is drawn, not the empty scene before.
    if (!this.model) this.selfTest.restart(performance.now());
  }

  private async loadModel(model: ModelScene, started: number) {
    try {
      await model.load(this.loading.signal);
    } catch {
      if (!this.disposed) this.events.onFallback('model');
      return;
    }
    if (this.disposed) return;
    this.buildMs = performance.now() - started;
    this.applyQuality();
    this.events.onModel?.();
    this.selfTest.restart(performance.now());
  }

  private setUpControls() {
    const c = this.controls;
    const { ACTION } = CameraControls;
    // Looking around from where one stands: the camera turns about a point just in front of it.
    c.minDistance = c.maxDistance = 0.01;
    c.azimuthRotateSpeed = -0.35;
    c.polarRotateSpeed = -0.35;
    c.minPolarAngle = Math.PI / 2 - 0.7;
    c.maxPolarAngle = Math.PI / 2 + 0.55;
    c.minZoom = 1;
    c.maxZoom = 3;
    c.smoothTime = 0.35;
    c.draggingSmoothTime = 0.08;
    c.mouseButtons.left = ACTION.ROTATE;
    c.mouseButtons.middle = ACTION.NONE;
    c.mouseButtons.right = ACTION.NONE;
    c.mouseButtons.wheel = ACTION.ZOOM;
    c.touches.one = ACTION.TOUCH_ROTATE;
    c.touches.two = ACTION.TOUCH_ZOOM;
    c.touches.three = ACTION.NONE;
  }

  /** Elements to keep over their spots of the scene (hidden when behind a wall or another floor). */
  pin(elements: Pinned[]): void {
    this.pinned = elements;
    this.dirty = true;
  }

  get currentFloor() {
    return this.floor;
  }

  showFloor(id: string): void {
    const index = this.plan.floors.findIndex((f) => f.id === id);
    if (index < 0) return;
    this.floor = id;
    this.model?.show(index);
    for (const [fid, f] of this.floors) f.group.visible = fid === id;
    this.dirty = true;
  }

  /** Stands at `at` on `floor`, looking towards `look`; gliding there when `smooth`. */
  goTo(floor: string, at: PlanPoint, look: PlanPoint, smooth = true): void {
    const changed = floor !== this.floor || (!this.model && !this.floors.get(floor)?.group.visible);
    this.showFloor(floor);
    const dx = look[0] - at[0];
    const dz = look[1] - at[1];
    const n = Math.hypot(dx, dz) || 1;
    void this.controls.setLookAt(
      at[0],
      EYE,
      at[1],
      at[0] + (dx / n) * 0.01,
      EYE,
      at[1] + (dz / n) * 0.01,
      smooth && !changed,
    );
    void this.controls.zoomTo(1, smooth);
    this.dirty = true;
  }

  /** Steps along the way one looks (negative: back), metres. */
  forward(metres: number): void {
    void this.controls.forward(metres, true);
  }

  /** Turns on the spot, degrees (positive: to the right). */
  turn(degrees: number): void {
    void this.controls.rotate((-degrees * Math.PI) / 180, 0, true);
  }

  resize(): void {
    const { clientWidth: w, clientHeight: h } = this.canvas;
    if (w === 0 || h === 0) return;
    this.renderer.setSize(w, h, false);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    this.dirty = true;
  }

  /**
   * Covered (a hotspot's panel over it): draws nothing. A self-test under way starts again once
   * uncovered, since frames behind a dialog's backdrop measure the backdrop.
   */
  setCovered(covered: boolean): void {
    if (covered === this.covered) return;
    this.covered = covered;
    if (covered && this.selfTest.measuring) this.probePending = true;
    if (!covered && this.probePending) {
      this.probePending = false;
      this.selfTest.restart(performance.now());
    }
    this.dirty = true;
  }

  get quality(): Quality {
    return this.selfTest.quality;
  }

  private applyQuality() {
    const q = QUALITIES[this.quality];
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, q.maxPixelRatio));
    this.renderer.shadowMap.enabled = q.shadows;
    this.sun.castShadow = q.shadows;
    this.scene.traverse((o) => {
      if (o instanceof Mesh) (o.material as Material).needsUpdate = true;
    });
    this.dirty = true;
  }

  private readonly tick = (now: number) => {
    if (this.disposed) return;
    this.frame = requestAnimationFrame(this.tick);
    this.timer.update(now);
    if (this.covered) return;
    const moved = this.controls.update(this.timer.getDelta());
    const measuring = this.selfTest.measuring;
    if (moved || this.dirty || measuring) {
      this.dirty = false;
      this.renderer.render(this.scene, this.camera);
      this.frames++;
      this.place();
      if (moved) this.report();
    }
    if (measuring) this.measured(now);
  };

  /**
   * A frame of the self-test, which draws every frame while it measures. A frame's time is the
   * interval between frames shown, what a visitor sees (the scene's drawing and the browser's
   * compositing of the page; under software compositing with partial damage, the scene's share).
   */
  private measured(now: number) {
    const quality = this.quality;
    const result = this.selfTest.frame(now);
    if (!result) return;
    const { geometries, textures } = this.renderer.info.memory;
    this.events.onMeasured({
      ...result.stats,
      done: result.verdict === 'keep',
      quality,
      software: this.software,
      buildMs: this.buildMs,
      geometries,
      textures,
    });
    if (result.verdict === 'give up') this.events.onFallback('slow');
    if (result.verdict === 'down') this.applyQuality();
  }

  /** The first thing a ray hits on the shown floor: its walls and floor, or the model as drawn. */
  private hit(targets: 'occluders' | 'pickable') {
    const model = this.model;
    if (model) {
      this.raycaster.firstHitOnly = false;
      return model.shown(this.raycaster.intersectObjects(model[targets], true));
    }
    const f = this.floors.get(this.floor);
    if (!f) return undefined;
    this.raycaster.firstHitOnly = true;
    return this.raycaster.intersectObjects(targets === 'occluders' ? [f.walls] : [f.walls, f.ground])[0];
  }

  /** Moves each pinned element over its spot, hidden when off screen or behind a wall. */
  private place() {
    const { clientWidth: w, clientHeight: h } = this.canvas;
    const eye = this.camera.position;
    const v = this.spot;
    for (const p of this.pinned) {
      v.set(p.at[0], p.height, p.at[1]);
      const distance = v.distanceTo(eye);
      let shown = p.floor === this.floor;
      if (shown) {
        this.raycaster.set(eye, this.sight.subVectors(v, eye).normalize());
        this.raycaster.far = distance - 0.3;
        shown = this.hit('occluders') === undefined;
      }
      v.project(this.camera);
      shown &&= v.z < 1 && Math.abs(v.x) <= 1.05 && Math.abs(v.y) <= 1.05;
      p.element.hidden = !shown;
      if (shown) {
        p.element.style.transform = `translate(${((v.x + 1) / 2) * w}px, ${((1 - v.y) / 2) * h}px) translate(-50%, -50%)`;
        p.element.style.zIndex = String(1000 - Math.round(distance * 10));
      }
    }
  }

  private report() {
    const target = new Vector3();
    this.controls.getTarget(target);
    const eye = this.camera.position;
    const heading = (Math.atan2(target.x - eye.x, -(target.z - eye.z)) * 180) / Math.PI;
    this.events.onMoved(this.floor, [eye.x, eye.z], heading);
  }

  private readonly pressed = (e: PointerEvent) => {
    this.down = { x: e.clientX, y: e.clientY, at: performance.now() };
    this.events.onInteract();
  };

  private readonly lifted = (e: PointerEvent) => {
    const down = this.down;
    this.down = null;
    if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > TAP_PIXELS) return;
    if (performance.now() - down.at > TAP_MS) return;
    this.walkTowards(e.clientX, e.clientY);
  };

  private readonly interacted = () => this.events.onInteract();
  /** A tap on the floor walks there; on a wall, to just in front of it. */
  private walkTowards(clientX: number, clientY: number) {
    const rect = this.canvas.getBoundingClientRect();
    const ndc = new Vector2(
      ((clientX - rect.left) / rect.width) * 2 - 1,
      -((clientY - rect.top) / rect.height) * 2 + 1,
    );
    this.raycaster.setFromCamera(ndc, this.camera);
    this.raycaster.far = Infinity;
    const hit = this.hit('pickable');
    if (!hit) return;
    const eye = this.camera.position;
    const to = new Vector3(hit.point.x, EYE, hit.point.z);
    const way = to.clone().sub(new Vector3(eye.x, EYE, eye.z));
    const length = way.length();
    if (length < 0.3) return;
    to.sub(way.multiplyScalar(Math.min(0.6, length - 0.1) / length));
    const [w, d] = this.plan.size;
    void this.controls.moveTo(
      Math.min(Math.max(to.x, 0.3), w - 0.3),
      EYE,
      Math.min(Math.max(to.z, 0.3), d - 0.3),
      true,
    );
  }

  private readonly lost = (e: Event) => {
    e.preventDefault();
    this.events.onFallback('lost');
  };

  /** Frees everything: the loop, the listeners, the controls, every floor, the renderer and its context. */
  dispose(): void {
    this.disposed = true;
    cancelAnimationFrame(this.frame);
    this.canvas.removeEventListener('webglcontextlost', this.lost);
    this.canvas.removeEventListener('pointerdown', this.pressed);
    this.canvas.removeEventListener('pointerup', this.lifted);
    this.controls.removeEventListener('controlstart', this.interacted);
    this.controls.dispose();
    this.loading.abort();
    for (const f of this.floors.values()) disposeTree(f.group);
    this.floors.clear();
    this.model?.dispose();
    this.sun.shadow.map?.dispose();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
    this.pinned = [];
  }
}

import { errors } from './error-defs';

/** 3D 导览's refusals; texts in the `tour` namespace (`errors.<code>`). */
export const tourErrors = errors({
  /** An information point's photo is not a picture in the media store (`details.mediaId`). */
  tour_photo_invalid: { http: 422 },
  /** The plan's 3D model is not a model in the media store (`details.mediaId`). */
  tour_model_invalid: { http: 422 },
});

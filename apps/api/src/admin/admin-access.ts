import { Requires } from '../access/roles.decorator';

/** Operations on the service itself: an admin key only. */
export const AdminAccess = () => Requires('admin');

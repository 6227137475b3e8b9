import { ComingSoon } from '../components/ComingSoon';

// Navigation entries from PRODUCT.md whose pages later issues build. Kept in one small module: each is a line.
export const AdminPage = () => (
  <ComingSoon title="Admin" description="Users and roles, API tokens and the audit log." />
);

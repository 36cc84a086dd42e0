/** Moved to components/ (the Reports screens use it too); kept here so the rental screens' imports stand. */
export { DateField } from '../../components/DateField';

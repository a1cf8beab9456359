/**
 * How to reach the portal's managers (shown in the footer and on the home page).
 * Proper nouns, so not translated. Move to the admin-editable settings when the
 * portal-identity settings exist.
 */
export const CONTACT = {
  street: "Jl. Raya Tes, Muara Aman",
  region: "Kabupaten Lebong, Bengkulu",
  email: "ppid@lebongkab.go.id",
} as const;

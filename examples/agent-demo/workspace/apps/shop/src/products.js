export async function listProducts(db) {
  return db.query('SELECT id, name, price FROM products ORDER BY name');
}

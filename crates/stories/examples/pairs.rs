//! Prints the pairwise similarity of the articles of a JSON Lines report (for tuning):
//! `riwaya analyze DIR --format jsonl | cargo run -p riwaya-stories --example pairs`
use std::io::BufRead;
fn main() {
    let arts: Vec<riwaya_model::Article> =
        std::io::stdin().lock().lines().map(|l| serde_json::from_str(&l.unwrap()).unwrap()).collect();
    let mut s = riwaya_stories::Stories::new(Default::default());
    s.add_batch(arts.iter().map(riwaya_stories::digest).collect());
    for i in 0..arts.len() {
        for j in i + 1..arts.len() {
            let (a, b) = (riwaya_stories::digest(&arts[i]), riwaya_stories::digest(&arts[j]));
            println!("{:.3} jaccard {:.2}  {} | {}", s.pair_score(i as u32, j as u32), riwaya_stories::digest::jaccard(&a, &b), arts[i].id, arts[j].id);
        }
    }
}

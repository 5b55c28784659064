//! The state graph: every situation reached, its moves, and a compact open
//! addressing index from (node, variables) to state, which stores only a
//! state number per slot and compares against the graph's own arrays, so
//! that a state costs no allocation and a few bytes of index.

use crate::scenario::compile::Points;
use std::hash::{BuildHasher, Hasher};

/// How a state moves on to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Choice(usize),
    Branch(usize),
    Next,
}

#[derive(Debug, Clone, Copy)]
pub struct Edge {
    pub to: u32,
    pub via: Via,
    pub points: Points,
}

/// An empty slot of the index.
const EMPTY: u32 = u32::MAX;

/// The reachable states and the moves between them.
#[derive(Debug, Default)]
pub struct StateGraph {
    /// The node of each state.
    pub node: Vec<u32>,
    /// The variables of each state, `stride` values per state. Every
    /// variable is kept within 0..=100, so a byte holds it.
    pub vars: Vec<u8>,
    pub stride: usize,
    /// Every move, grouped by the state it leaves from: the moves of state
    /// `s` are `edges[edge_start[s]..edge_start[s + 1]]`.
    pub(super) edge_list: Vec<Edge>,
    pub(super) edge_start: Vec<u32>,
    /// The first state of each profile.
    pub initial: Vec<u32>,
    /// Open addressing by hash, linear probing: state numbers, or `EMPTY`.
    /// Its length is a power of two, at least twice the number of states.
    index: Vec<u32>,
}

impl StateGraph {
    pub(super) fn new(stride: usize) -> StateGraph {
        StateGraph {
            stride,
            ..Default::default()
        }
    }

    pub fn len(&self) -> usize {
        self.node.len()
    }

    pub fn is_empty(&self) -> bool {
        self.node.is_empty()
    }

    /// The moves out of state `s`.
    pub(crate) fn edges(&self, s: usize) -> &[Edge] {
        let a = self.edge_start[s] as usize;
        let b = self
            .edge_start
            .get(s + 1)
            .map_or(self.edge_list.len(), |e| *e as usize);
        &self.edge_list[a..b]
    }

    /// Every move of the graph, with the state it leaves from.
    pub fn all_edges(&self) -> impl Iterator<Item = (usize, &Edge)> {
        (0..self.len()).flat_map(move |s| self.edges(s).iter().map(move |e| (s, e)))
    }

    pub(crate) fn vars_of(&self, s: u32) -> Vec<i32> {
        self.bytes_of(s).iter().map(|v| i32::from(*v)).collect()
    }

    fn bytes_of(&self, s: u32) -> &[u8] {
        let i = s as usize * self.stride;
        &self.vars[i..i + self.stride]
    }

    /// The state for a node and variables, if exploration reached it.
    pub fn find(&self, node: usize, vars: &[i32]) -> Option<u32> {
        if vars.len() != self.stride {
            return None;
        }
        let mut key = Vec::new();
        state_key(vars, &mut key);
        if self.index.is_empty() {
            // The index was dropped to save memory: search the states.
            return (0..self.len() as u32)
                .find(|s| self.node[*s as usize] as usize == node && self.bytes_of(*s) == key);
        }
        self.probe(node as u32, &key).ok()
    }

    /// Drop the lookup table once exploration is done; [`Self::find`] then
    /// searches, which is slower but needs no memory.
    pub(crate) fn forget_index(&mut self) {
        self.index = Vec::new();
    }

    /// Heap bytes held by the graph and its index.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.node.capacity() * 4
            + self.vars.capacity()
            + self.edge_list.capacity() * std::mem::size_of::<Edge>()
            + self.edge_start.capacity() * 4
            + self.initial.capacity() * 4
            + self.index.capacity() * 4
    }

    fn hash(node: u32, key: &[u8]) -> u64 {
        let mut h = foldhash::fast::FixedState::with_seed(0x5eed).build_hasher();
        h.write_u32(node);
        h.write(key);
        h.finish()
    }

    /// The state with this node and key (`Ok`), or the empty slot where it
    /// would go (`Err`). The index must not be empty.
    fn probe(&self, node: u32, key: &[u8]) -> Result<u32, usize> {
        let mask = self.index.len() - 1;
        let mut slot = Self::hash(node, key) as usize & mask;
        loop {
            let s = self.index[slot];
            if s == EMPTY {
                return Err(slot);
            }
            if self.node[s as usize] == node && self.bytes_of(s) == key {
                return Ok(s);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Double the index (or make its first) and put every state back.
    fn grow(&mut self) {
        let size = (self.index.len() * 2).max(1024);
        self.index = vec![EMPTY; size];
        for s in 0..self.len() as u32 {
            if let Err(slot) = self.probe(self.node[s as usize], self.bytes_of(s)) {
                self.index[slot] = s;
            }
        }
    }

    /// The state of a node and variables: found, or added and queued.
    pub(super) fn intern(
        &mut self,
        node: usize,
        vars: &[i32],
        key: &mut Vec<u8>,
        queue: &mut Vec<u32>,
    ) -> u32 {
        if (self.len() + 1) * 2 > self.index.len() {
            self.grow();
        }
        state_key(vars, key);
        let slot = match self.probe(node as u32, key) {
            Ok(s) => return s,
            Err(slot) => slot,
        };
        let s = self.node.len() as u32;
        self.node.push(node as u32);
        self.vars.extend_from_slice(key);
        self.index[slot] = s;
        queue.push(s);
        s
    }

    /// Start the moves of the next state handled.
    pub(super) fn begin_moves(&mut self) {
        self.edge_start.push(self.edge_list.len() as u32);
    }

    pub(super) fn push_move(&mut self, e: Edge) {
        self.edge_list.push(e);
    }

    /// Give every state not handled (when exploration stopped) no moves.
    pub(super) fn close_moves(&mut self) {
        while self.edge_start.len() < self.len() {
            self.edge_start.push(self.edge_list.len() as u32);
        }
    }

    pub(crate) fn move_count(&self) -> usize {
        self.edge_list.len()
    }
}

/// The hash key of a state's variables: one byte per variable.
fn state_key(vars: &[i32], key: &mut Vec<u8>) {
    key.clear();
    key.extend(vars.iter().map(|v| (*v).clamp(0, 255) as u8));
}
